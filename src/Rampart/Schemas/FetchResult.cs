namespace Rampart.Schemas;

/// <summary>The outcome of one download: the body, or "not found" (HTTP 404), or an error naming the URL.</summary>
public sealed record FetchResult(Uri Uri, byte[]? Body, bool NotFound, string? Error)
{
    /// <summary>True when the server answered with a 4xx status (the request, not the network, was the problem).</summary>
    public bool ClientError { get; init; }

    public bool Succeeded => Body is not null;
}
