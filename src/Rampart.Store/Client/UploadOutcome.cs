namespace Rampart.Store.Client;

/// <summary>How an upload went: <paramref name="Error"/> is null on success, else one sentence for the user.</summary>
public sealed record UploadOutcome(int? StatusCode, string Body, string? Error)
{
    public bool Succeeded => Error is null;
}
