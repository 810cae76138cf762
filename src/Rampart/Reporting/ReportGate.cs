using Rampart.Findings;
using Rampart.Gate;

namespace Rampart.Reporting;

/// <summary>
/// Reads a <see cref="GateResult"/> from a finding's point of view: which teams a finding belongs to, which
/// threshold applies to it, and whether it is one of the findings that fail the gate.
/// </summary>
/// <remarks>
/// A finding belongs to a team when one of its <see cref="Finding.Owners"/> is the team's name or one of its
/// <see cref="TeamGateResult.Handles"/> (ignoring case, as GitHub does for handles). The threshold for a team
/// is its own, or the scan's when it has none; a finding owned by several teams is held to the strictest.
/// </remarks>
public sealed class ReportGate
{
    private readonly Dictionary<string, List<TeamGateResult>> teamsByOwner = new(StringComparer.OrdinalIgnoreCase);

    public ReportGate(GateResult result)
    {
        Result = result;
        foreach (var team in result.Teams)
        {
            foreach (var owner in team.Handles.Prepend(team.Team).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!teamsByOwner.TryGetValue(owner, out var teams))
                {
                    teams = [];
                    teamsByOwner[owner] = teams;
                }

                teams.Add(team);
            }
        }

        HasThreshold = result.FailOn is not null || result.Teams.Any(team => team.FailOn is not null);
    }

    public GateResult Result { get; }

    /// <summary>Whether any threshold was set, for the scan or for a team.</summary>
    public bool HasThreshold { get; }

    /// <summary>The teams of the gate that own the finding, in the gate's order.</summary>
    public IReadOnlyList<TeamGateResult> TeamsOf(Finding finding)
    {
        if (finding.Owners.Count == 0 || teamsByOwner.Count == 0)
        {
            return [];
        }

        var found = new List<TeamGateResult>();
        foreach (var owner in finding.Owners)
        {
            if (teamsByOwner.TryGetValue(owner, out var teams))
            {
                found.AddRange(teams.Where(team => !found.Contains(team)));
            }
        }

        return [.. Result.Teams.Where(found.Contains)];
    }

    /// <summary>The findings of each team of the gate, in one pass over the findings (a finding may belong to several).</summary>
    public Dictionary<TeamGateResult, List<Finding>> ByTeam(IEnumerable<Finding> findings)
    {
        var groups = Result.Teams.ToDictionary(team => team, _ => new List<Finding>(), ReferenceEqualityComparer.Instance as IEqualityComparer<TeamGateResult>);
        foreach (var finding in findings)
        {
            foreach (var team in TeamsOf(finding))
            {
                groups[team].Add(finding);
            }
        }

        return groups;
    }

    /// <summary>Whether one of the finding's owners names <paramref name="team"/>.</summary>
    public bool BelongsTo(Finding finding, TeamGateResult team) => TeamsOf(finding).Contains(team);

    /// <summary>The severity from which this finding fails the gate, or null when nothing gates it.</summary>
    public Severity? ThresholdOf(Finding finding)
    {
        Severity? strictest = null;
        var teams = TeamsOf(finding);
        foreach (var team in teams)
        {
            var threshold = team.FailOn ?? Result.FailOn;
            if (threshold is { } value && (strictest is null || value < strictest))
            {
                strictest = value;
            }
        }

        return teams.Count == 0 ? Result.FailOn : strictest;
    }

    /// <summary>An open finding at or above its threshold: one of those that fail the gate.</summary>
    public bool IsOverThreshold(Finding finding) =>
        finding.Status == FindingStatus.Open
        && (Result.Blocking is { } blocking
            ? blocking.Contains(finding.Fingerprint)
            : ThresholdOf(finding) is { } threshold && finding.Severity >= threshold);

    /// <summary>
    /// Whether a report that must call each finding pass or fail (JUnit) calls this one a failure: an open
    /// finding over its threshold, or any open finding when no threshold was set at all.
    /// </summary>
    public bool IsFailure(Finding finding) =>
        finding.Status == FindingStatus.Open && (!HasThreshold || IsOverThreshold(finding));
}
