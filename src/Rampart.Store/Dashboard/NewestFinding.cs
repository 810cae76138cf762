namespace Rampart.Store.Dashboard;

/// <summary>An open finding in a team's newest list, with the commit of the scan that last saw it (for the link).</summary>
public sealed record NewestFinding
{
    public long Id { get; init; }
    public string Repository { get; init; } = "";
    public string Branch { get; init; } = "";
    public string? Commit_sha { get; init; }
    public string Rule_id { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    public string Path { get; init; } = "";
    public int? Line { get; init; }
    public long First_seen { get; init; }
    public long? Sla_due { get; init; }

    public bool OverdueAt(long now) => Sla_due is { } due && due < now;
}
