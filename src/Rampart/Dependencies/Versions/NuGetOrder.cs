namespace Rampart.Dependencies.Versions;

/// <summary>
/// NuGet versions: up to four numeric parts (missing ones are zero, leading zeros ignored: <c>1.0.01</c> =
/// <c>1.0.1.0</c>), then release labels as SemVer pre-releases compared case-insensitively; metadata after
/// <c>+</c> does not count.
/// </summary>
public sealed class NuGetOrder : IVersionOrder
{
    public IReadOnlyList<string> Ecosystems { get; } = ["NuGet"];

    public int Compare(string? x, string? y)
    {
        var a = SemverLike.Parse(x ?? "", 4);
        var b = SemverLike.Parse(y ?? "", 4);
        var diff = VersionNumbers.CompareAll(a.Components, b.Components);
        return diff != 0 ? diff : SemverLike.ComparePrerelease(a.Rest.ToLowerInvariant(), b.Rest.ToLowerInvariant());
    }
}
