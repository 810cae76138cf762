namespace Rampart.Store.Ingest;

/// <summary>One finding of an uploaded report, as the store keeps it (redacted message, no values of the scanned files).</summary>
public sealed record IncomingFinding(
    string Fingerprint,
    string RuleId,
    string Category,
    string Severity,
    string Title,
    string Message,
    string Path,
    int? Line,
    int? Column,
    string? Responsibility,
    IReadOnlyList<string> Owners,
    string Status,
    string? StatusReason);
