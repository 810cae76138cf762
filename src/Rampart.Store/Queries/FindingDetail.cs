namespace Rampart.Store.Queries;

/// <summary>A finding and its status history, oldest first.</summary>
public sealed record FindingDetail(StoredFinding Finding, IReadOnlyList<FindingEvent> History);
