using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Schemas;

namespace Rampart.Scanning;

/// <summary>
/// Counts what a scan did not check, by <see cref="NotCheckedReason"/>: from the findings that say so (before any rule
/// filter, suppression or waiver, which change what is reported, not what was checked), the templates and patches
/// no render read, and the renders left unchecked.
/// </summary>
internal static class NotCheckedCounts
{
    private static readonly Dictionary<UnscannedReason, NotCheckedReason> ByUnscanned = new()
    {
        [UnscannedReason.TooLarge] = NotCheckedReason.TooLarge,
        [UnscannedReason.Binary] = NotCheckedReason.Binary,
        [UnscannedReason.Unloadable] = NotCheckedReason.Unloadable,
        [UnscannedReason.Unreadable] = NotCheckedReason.Unreadable,
        [UnscannedReason.TooDeep] = NotCheckedReason.TooDeep,
        [UnscannedReason.FileLimit] = NotCheckedReason.FileLimit,
        [UnscannedReason.InvalidFileName] = NotCheckedReason.InvalidFileName,
    };

    public static Dictionary<string, int> Of(IEnumerable<Finding> findings, int notRendered, int rendersNotChecked)
    {
        var counts = NotCheckedReason.All.ToDictionary(r => r.Key, _ => 0);
        foreach (var finding in findings)
        {
            if (finding.RuleId == SchemaRules.NoSchema)
            {
                counts[NotCheckedReason.NoSchema.Key]++;
            }
            else if (UnscannedRules.ReasonOf(finding.RuleId) is { } reason)
            {
                counts[ByUnscanned[reason].Key]++;
            }
        }

        counts[NotCheckedReason.NotRendered.Key] = notRendered;
        counts[NotCheckedReason.Render.Key] = rendersNotChecked;
        return counts;
    }
}
