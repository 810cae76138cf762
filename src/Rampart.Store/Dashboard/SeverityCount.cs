namespace Rampart.Store.Dashboard;

/// <summary>A team's open findings of one severity, and how many of them are past their SLA.</summary>
public sealed record SeverityCount(string Severity, int Open, int Overdue);
