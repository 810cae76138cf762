using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>
/// Decides the gate per team: each team's open findings are held to the team's thresholds (or the default
/// thresholds when the team sets none); findings no team owns are held to the default thresholds. The
/// gate fails when any team's gate, or the unowned findings' gate, fails.
/// </summary>
public sealed class GateEvaluator(RampartConfig config, GateThresholds defaults)
{
    public const string Unowned = "(unowned)";

    public GateResult Evaluate(IReadOnlyList<Finding> findings)
    {
        var teams = new List<TeamGateResult>();
        var blocking = new HashSet<string>(StringComparer.Ordinal);
        var owned = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var team in config.Teams)
        {
            var thresholds = team.Gate.IsSet ? team.Gate : defaults;
            var mine = findings.Where(f => f.Owners.Any(team.IsNamedBy)).ToList();
            owned.UnionWith(mine);
            teams.Add(Result(team.Name, thresholds, mine, blocking) with { Handles = team.Handles });
        }

        var unowned = findings.Where(f => !owned.Contains(f)).ToList();
        if (config.Teams.Count == 0 || unowned.Count > 0)
        {
            teams.Add(Result(config.Teams.Count == 0 ? "(all)" : Unowned, defaults, unowned, blocking));
        }

        return new GateResult(teams.All(t => t.Passed), defaults.FailOn, teams) { Blocking = blocking };
    }

    private static TeamGateResult Result(string team, GateThresholds thresholds, List<Finding> findings, HashSet<string> blocking)
    {
        var open = findings.Count(f => f.Status == FindingStatus.Open);
        var over = 0;
        foreach (var finding in findings.Where(thresholds.Fails))
        {
            over++;
            blocking.Add(finding.Fingerprint);
        }

        return new TeamGateResult(team, thresholds.FailOn, open, over, over == 0);
    }
}
