using Rampart.Findings;
using Rampart.Gate;

namespace Rampart.Reporting;

/// <summary>
/// One part of the Markdown comment: a team of the gate, an owner that is not a team, or the findings nobody
/// owns. <see cref="Open"/> holds what the section's readers must fix, most severe first.
/// </summary>
internal sealed record MarkdownSection(
    string Name,
    TeamGateResult? Team,
    Severity? Threshold,
    IReadOnlyList<Finding> Open,
    IReadOnlyList<Finding> NotGating)
{
    public bool IsOverThreshold(Finding finding) => Threshold is { } threshold && finding.Severity >= threshold;

    /// <summary>
    /// Teams of the gate (failed ones first), then owners that belong to no team, then the unowned findings.
    /// A finding owned by a team is listed under each of its teams; one owned by no team under each owner.
    /// </summary>
    public static IReadOnlyList<MarkdownSection> Build(ScanReport report)
    {
        var gate = new ReportGate(report.Gate);
        var byTeam = gate.ByTeam(report.Findings);
        var sections = new List<MarkdownSection>();
        foreach (var team in report.Gate.Teams.Where(team => !team.Passed).Concat(report.Gate.Teams.Where(team => team.Passed)))
        {
            sections.Add(Of(team.Team, team, team.FailOn ?? report.Gate.FailOn, byTeam[team]));
        }

        var withoutTeam = report.Findings.Where(finding => finding.Owners.Count > 0 && gate.TeamsOf(finding).Count == 0).ToList();
        var owners = withoutTeam.SelectMany(finding => finding.Owners).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            sections.Add(Of(owner, null, report.Gate.FailOn, withoutTeam.Where(finding => finding.Owners.Contains(owner, StringComparer.Ordinal))));
        }

        var unowned = report.Findings.Where(finding => finding.Owners.Count == 0).ToList();
        if (unowned.Count > 0)
        {
            sections.Add(Of("", null, report.Gate.FailOn, unowned));
        }

        return sections;
    }

    private static MarkdownSection Of(string name, TeamGateResult? team, Severity? threshold, IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return new MarkdownSection(
            name,
            team,
            threshold,
            FindingOrder.MostSevereFirst(list.Where(finding => finding.Status == FindingStatus.Open)),
            [.. list.Where(finding => finding.Status != FindingStatus.Open)]);
    }
}
