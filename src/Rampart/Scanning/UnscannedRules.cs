using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Scanning;

/// <summary>
/// The rules that say part of the repository could not be scanned, by <see cref="UnscannedReason"/>. Their findings
/// are high by default; <c>scan.unscanned</c> in rampart.yaml sets another severity per reason, applied here.
/// </summary>
public static class UnscannedRules
{
    private static readonly Dictionary<string, UnscannedReason> Reasons = new(StringComparer.Ordinal)
    {
        [DiscoveryFindings.InvalidName.Id] = UnscannedReason.InvalidFileName,
        [DiscoveryFindings.TooDeep.Id] = UnscannedReason.TooDeep,
        [DiscoveryFindings.FileTooLarge.Id] = UnscannedReason.TooLarge,
        [LoadRules.FileTooLarge.Id] = UnscannedReason.TooLarge,
        [DiscoveryFindings.Unreadable.Id] = UnscannedReason.Unreadable,
        [DiscoveryFindings.FileLimitReached.Id] = UnscannedReason.FileLimit,
        [DiscoveryFindings.BinaryFile.Id] = UnscannedReason.Binary,
        [LoadRules.SyntaxError.Id] = UnscannedReason.Unloadable,
        [LoadRules.TooDeep.Id] = UnscannedReason.Unloadable,
        [LoadRules.AliasBomb.Id] = UnscannedReason.Unloadable,
        [LoadRules.InvalidEncoding.Id] = UnscannedReason.Unloadable,
        [LoadRules.BinaryContent.Id] = UnscannedReason.Unloadable,
        [LoadRules.UnknownAlias.Id] = UnscannedReason.Unloadable,
        [LoadRules.ParserFailure.Id] = UnscannedReason.Unloadable,
    };

    /// <summary>The reason a rule's findings stand for, or null when the rule is about something else.</summary>
    public static UnscannedReason? ReasonOf(string ruleId) => Reasons.TryGetValue(ruleId, out var reason) ? reason : null;

    /// <summary>The ids of the rules that report <paramref name="reason"/>.</summary>
    public static IEnumerable<string> RulesOf(UnscannedReason reason) => Reasons.Where(pair => pair.Value == reason).Select(pair => pair.Key);

    /// <summary>Gives the findings of these rules the severity configured for their reason (in place).</summary>
    public static void Apply(List<Finding> findings, IReadOnlyDictionary<UnscannedReason, Severity> severities)
    {
        if (severities.Count == 0)
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (ReasonOf(findings[i].RuleId) is { } reason && severities.TryGetValue(reason, out var severity))
            {
                findings[i] = findings[i] with { Severity = severity };
            }
        }
    }
}
