using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>
/// Decides the gate per team: each team's open findings are held to the team's thresholds, which refine the
/// default thresholds (what a team's gate leaves out, the default gate decides); findings no team owns are
/// held to the default thresholds. The gate fails when any team's gate, or the unowned findings' gate, fails.
/// </summary>
public sealed class GateEvaluator(RampartConfig config, GateThresholds defaults)
{
    public const string Unowned = "(unowned)";

    public GateResult Evaluate(IReadOnlyList<Finding> findings)
    {
        var teamsByOwner = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < config.Teams.Count; t++)
        {
            foreach (var name in config.Teams[t].Handles.Prepend(config.Teams[t].Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!teamsByOwner.TryGetValue(name, out var list))
                {
                    teamsByOwner[name] = list = [];
                }

                list.Add(t);
            }
        }

        // One pass: each finding goes to every team one of its owners names, or to the unowned.
        var perTeam = config.Teams.Select(_ => new List<Finding>()).ToArray();
        var unowned = new List<Finding>();
        var mine = new HashSet<int>();
        foreach (var finding in findings)
        {
            mine.Clear();
            foreach (var owner in finding.Owners)
            {
                if (teamsByOwner.TryGetValue(owner, out var teams))
                {
                    mine.UnionWith(teams);
                }
            }

            foreach (var t in mine)
            {
                perTeam[t].Add(finding);
            }

            if (mine.Count == 0)
            {
                unowned.Add(finding);
            }
        }

        var results = new List<TeamGateResult>();
        var blocking = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < config.Teams.Count; t++)
        {
            var team = config.Teams[t];
            results.Add(Result(team.Name, team.Gate.Over(defaults), perTeam[t], blocking) with { Handles = team.Handles });
        }

        if (config.Teams.Count == 0 || unowned.Count > 0)
        {
            results.Add(Result(config.Teams.Count == 0 ? "(all)" : Unowned, defaults, unowned, blocking));
        }

        return new GateResult(results.All(r => r.Passed), defaults.FailOn, results) { Blocking = blocking };
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
