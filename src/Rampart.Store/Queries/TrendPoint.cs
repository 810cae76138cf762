namespace Rampart.Store.Queries;

/// <summary>Open findings at the end of one UTC day, by severity.</summary>
public sealed record TrendPoint(DateOnly Day, IReadOnlyDictionary<string, int> OpenBySeverity);
