namespace Rampart.Store.Ingest;

/// <summary>An uploaded JSON report, read and validated: its findings (one per fingerprint) and a hash of its bytes.</summary>
public sealed record IncomingReport(string Hash, string? ToolVersion, IReadOnlyList<IncomingFinding> Findings);
