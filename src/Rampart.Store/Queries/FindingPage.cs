namespace Rampart.Store.Queries;

/// <summary>A page of findings; <paramref name="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record FindingPage(IReadOnlyList<StoredFinding> Items, long? Next);
