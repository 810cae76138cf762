using Rampart.Dependencies.Scanning;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The counts every report shows. Each dictionary over an enum holds every member, zeros included, so that
/// consumers can rely on the keys.
/// </summary>
public sealed record ReportSummary(
    int Total,
    int Open,
    IReadOnlyDictionary<Severity, int> BySeverity,
    IReadOnlyDictionary<Severity, int> OpenBySeverity,
    IReadOnlyDictionary<Category, int> ByCategory,
    IReadOnlyDictionary<FindingStatus, int> ByStatus,
    IReadOnlyDictionary<Responsibility, int> ByResponsibility,
    IReadOnlyList<KeyValuePair<string, int>> ByOwner,
    int Unowned,
    IReadOnlyList<TeamSummary> Teams)
{
    /// <summary>Vulnerability findings suppressed by an OpenVEX statement (<c>not_affected</c> or <c>fixed</c>); they count as suppressed too.</summary>
    public int SuppressedByVex { get; init; }

    public static ReportSummary Of(ScanReport report)
    {
        var findings = report.Findings;
        var open = findings.Where(finding => finding.Status == FindingStatus.Open).ToList();
        var byTeam = new ReportGate(report.Gate).ByTeam(findings);
        var teams = report.Gate.Teams
            .Select(team =>
            {
                var owned = byTeam[team];
                var ownedOpen = owned.Where(finding => finding.Status == FindingStatus.Open);
                return new TeamSummary(team, owned.Count, CountBy(ownedOpen, ReportNames.SeveritiesMostSevereFirst, finding => finding.Severity));
            })
            .ToList();
        // Counted, not grouped: a grouping would hold every finding's owners at once (hundreds of thousands on a large scan).
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var owner in finding.Owners.Count < 2 ? finding.Owners : finding.Owners.Distinct(StringComparer.Ordinal))
            {
                owners[owner] = owners.GetValueOrDefault(owner) + 1;
            }
        }

        var byOwner = owners.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        return new ReportSummary(
            findings.Count,
            open.Count,
            CountBy(findings, ReportNames.SeveritiesMostSevereFirst, finding => finding.Severity),
            CountBy(open, ReportNames.SeveritiesMostSevereFirst, finding => finding.Severity),
            CountBy(findings, ReportNames.Categories, finding => finding.Category),
            CountBy(findings, ReportNames.Statuses, finding => finding.Status),
            CountBy(findings, ReportNames.Responsibilities, finding => finding.Responsibility),
            byOwner,
            findings.Count(finding => finding.Owners.Count == 0),
            teams)
        {
            SuppressedByVex = findings.Count(finding => finding.Status == FindingStatus.Suppressed
                && finding.StatusReason?.StartsWith(VulnerabilityFindings.VexReasonPrefix, StringComparison.Ordinal) == true),
        };
    }

    private static Dictionary<TKey, int> CountBy<TKey>(IEnumerable<Finding> findings, IReadOnlyList<TKey> keys, Func<Finding, TKey> key)
        where TKey : struct, Enum
    {
        var counts = keys.ToDictionary(k => k, _ => 0);
        foreach (var finding in findings)
        {
            counts[key(finding)] = counts.GetValueOrDefault(key(finding)) + 1;
        }

        return counts;
    }
}
