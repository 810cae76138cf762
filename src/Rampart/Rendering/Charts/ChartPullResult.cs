namespace Rampart.Rendering.Charts;

/// <summary>What a pull did: the archive kept in the cache and its version, or why nothing was kept.</summary>
public sealed record ChartPullResult(string? Path, string? Version, string? Error)
{
    public bool Succeeded => Error is null;

    public static ChartPullResult Failed(string error) => new(null, null, error);
}
