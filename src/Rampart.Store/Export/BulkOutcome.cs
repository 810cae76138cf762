namespace Rampart.Store.Export;

/// <summary>What a <c>_bulk</c> export did: documents sent and accepted, requests made, and each failure (a document's id and reason, or a request's).</summary>
public sealed record BulkOutcome(int Sent, int Accepted, int Requests, IReadOnlyList<string> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}
