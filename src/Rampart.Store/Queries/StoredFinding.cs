namespace Rampart.Store.Queries;

/// <summary>A finding as the store keeps it; times are ISO 8601 UTC.</summary>
public sealed record StoredFinding(
    long Id,
    string Repository,
    string Branch,
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
    string? StatusReason,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? FixedAt,
    DateTimeOffset? SlaDue,
    bool Overdue);
