namespace Rampart.Store.Queries;

/// <summary>The columns of a finding as read (Dapper maps by name).</summary>
internal sealed record FindingRow
{
    public long Id { get; init; }
    public string Repository { get; init; } = "";
    public string Branch { get; init; } = "";
    public string Fingerprint { get; init; } = "";
    public string Rule_id { get; init; } = "";
    public string Category { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Title { get; init; } = "";
    public string Message { get; init; } = "";
    public string Path { get; init; } = "";
    public int? Line { get; init; }
    public int? Col { get; init; }
    public string? Responsibility { get; init; }
    public string Owners { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Status_reason { get; init; }
    public long First_seen { get; init; }
    public long Last_seen { get; init; }
    public long? Fixed_at { get; init; }
    public long? Sla_due { get; init; }

    public StoredFinding ToFinding(long now) => new(
        Id, Repository, Branch, Fingerprint, Rule_id, Category, Severity, Title, Message, Path, Line, Col, Responsibility,
        Owners.Length == 0 ? [] : Owners.Split('\n'), Status, Status_reason, Time(First_seen), Time(Last_seen),
        Fixed_at is { } f ? Time(f) : null, Sla_due is { } d ? Time(d) : null,
        Sla_due is { } due && due < now && StoreValues.OpenStatuses.Contains(Status));

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
