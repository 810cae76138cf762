namespace Rampart.Store.Queries;

/// <summary>One status change of a finding: from (null when first seen) and to, when, and in which scan.</summary>
public sealed record FindingEvent(DateTimeOffset At, string? From, string To, long? ScanId);
