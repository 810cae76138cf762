namespace Rampart.Discovery;

/// <summary>
/// Why a path is or is not scanned: the deciding pattern, and when the path sits in an excluded folder,
/// that folder (whose contents cannot be re-included, as in git).
/// </summary>
public sealed record IgnoreDecision(bool Excluded, IgnorePattern? Pattern, string? ExcludedFolder)
{
    public static IgnoreDecision NotMatched { get; } = new(false, null, null);
}
