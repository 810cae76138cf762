using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// Findings that are one problem at one source line, rendered by several entry points (one base under ten overlays):
/// reports that people read show them once, with the entry points listed. A finding that was not rendered is a group
/// of its own.
/// </summary>
/// <param name="Findings">The findings, the first standing for all.</param>
public sealed record FindingGroup(IReadOnlyList<Finding> Findings)
{
    public Finding First => Findings[0];

    /// <summary>The entry points that rendered the findings, as reports name them, in order and once each.</summary>
    public IReadOnlyList<string> EntryPoints =>
        [.. Findings.Select(f => f.Origin).OfType<RenderOrigin>().Select(o => $"{o.EntryPointKind} {o.EntryPointName}").Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Groups <paramref name="findings"/> in their order: rendered findings of the same rule, status and field at the
    /// same place are one group; every other finding stands alone.
    /// </summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings)
    {
        var groups = new List<List<Finding>>();
        var byKey = new Dictionary<(string, string, int, int, string?, FindingStatus), List<Finding>>();
        foreach (var finding in findings)
        {
            if (finding.Origin is null)
            {
                groups.Add([finding]);
                continue;
            }

            var location = finding.Location;
            var key = (finding.RuleId, location.Path, location.Line, location.Column, finding.StableFieldPath ?? location.FieldPath, finding.Status);
            if (byKey.TryGetValue(key, out var group))
            {
                group.Add(finding);
            }
            else
            {
                byKey[key] = group = [finding];
                groups.Add(group);
            }
        }

        return [.. groups.Select(g => new FindingGroup(g))];
    }
}
