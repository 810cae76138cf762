namespace Rampart.Schemas;

/// <summary>Bounds on downloading schema documents.</summary>
public sealed record FetchLimits
{
    public static FetchLimits Default { get; } = new();

    /// <summary>Time allowed for one request, headers and body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest document accepted (Kubernetes' core/v1 document is about 4 MB).</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Tries per document for network errors, timeouts and 5xx answers (at least 1).</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Wait before the second try; doubled before each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
