namespace Rampart.Store.Api;

/// <summary>Limits of the API.</summary>
public sealed record StoreApiOptions
{
    /// <summary>The largest report <c>POST /api/v1/scans</c> accepts, in bytes (64 MiB).</summary>
    public long MaxReportBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most days <c>/api/v1/trends</c> covers.</summary>
    public int MaxTrendDays { get; init; } = 366;
}
