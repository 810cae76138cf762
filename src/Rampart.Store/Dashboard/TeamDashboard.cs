using Rampart.Store.Queries;

namespace Rampart.Store.Dashboard;

/// <summary>What a team's page shows: open and overdue findings per severity, the trend, top rules and the newest findings.</summary>
public sealed record TeamDashboard(
    string Team,
    IReadOnlyList<SeverityCount> Severities,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<RuleCount> TopRules,
    IReadOnlyList<NewestFinding> Newest)
{
    public int Open => Severities.Sum(s => s.Open);

    public int Overdue => Severities.Sum(s => s.Overdue);
}
