namespace Rampart.Store.Queries;

/// <summary>A team (or owner handle) and its open findings by severity, and how many of them are past their SLA.</summary>
public sealed record TeamCounts(string Team, IReadOnlyDictionary<string, int> OpenBySeverity, int Open, int Overdue);
