namespace Rampart.Store.Dashboard;

/// <summary>A rule and how many of a team's open findings it raised.</summary>
public sealed record RuleCount(string RuleId, int Open);
