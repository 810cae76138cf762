using System.Runtime.InteropServices;
using Rampart.Dependencies.Scanning;
using Rampart.Findings;
using Rampart.Gate;

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
        var teams = report.Gate.Teams.Count == 0 ? [] : SummariesOfTeams(report.Gate, findings);
        var bySeverity = Zeros(ReportNames.SeveritiesMostSevereFirst);
        var openBySeverity = Zeros(ReportNames.SeveritiesMostSevereFirst);
        var byCategory = Zeros(ReportNames.Categories);
        var byStatus = Zeros(ReportNames.Statuses);
        var byResponsibility = Zeros(ReportNames.Responsibilities);
        // Counted, not grouped: a grouping would hold every finding's owners at once (hundreds of thousands on a large scan).
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var (open, unowned, suppressedByVex) = (0, 0, 0);
        // One pass over the findings for every count: a large scan has a hundred thousand of them.
        foreach (var finding in findings)
        {
            Count(bySeverity, finding.Severity);
            Count(byCategory, finding.Category);
            Count(byStatus, finding.Status);
            Count(byResponsibility, finding.Responsibility);
            if (finding.Status == FindingStatus.Open)
            {
                open++;
                Count(openBySeverity, finding.Severity);
            }

            unowned += finding.Owners.Count == 0 ? 1 : 0;
            foreach (var owner in finding.Owners.Count < 2 ? finding.Owners : finding.Owners.Distinct(StringComparer.Ordinal))
            {
                Count(owners, owner);
            }

            if (finding.Status == FindingStatus.Suppressed
                && finding.StatusReason?.StartsWith(VulnerabilityFindings.VexReasonPrefix, StringComparison.Ordinal) == true)
            {
                suppressedByVex++;
            }
        }

        var byOwner = owners.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        return new ReportSummary(
            findings.Count,
            open,
            bySeverity,
            openBySeverity,
            byCategory,
            byStatus,
            byResponsibility,
            byOwner,
            unowned,
            teams)
        {
            SuppressedByVex = suppressedByVex,
        };
    }

    private static List<TeamSummary> SummariesOfTeams(GateResult gate, IReadOnlyList<Finding> findings)
    {
        var byTeam = new ReportGate(gate).ByTeam(findings);
        return gate.Teams
            .Select(team =>
            {
                var owned = byTeam[team];
                var ownedOpen = owned.Where(finding => finding.Status == FindingStatus.Open);
                return new TeamSummary(team, owned.Count, CountBy(ownedOpen, ReportNames.SeveritiesMostSevereFirst, finding => finding.Severity));
            })
            .ToList();
    }

    /// <summary>A count of zero for each of <paramref name="keys"/>, in their order.</summary>
    private static Dictionary<TKey, int> Zeros<TKey>(IReadOnlyList<TKey> keys)
        where TKey : notnull => keys.ToDictionary(k => k, _ => 0);

    /// <summary>Counts one more <paramref name="key"/>; a key not listed yet is added after the others.</summary>
    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

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
