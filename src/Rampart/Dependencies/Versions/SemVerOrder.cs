namespace Rampart.Dependencies.Versions;

/// <summary>
/// Semantic Versioning 2.0 as npm, crates.io and Go use it: major.minor.patch by value, then pre-releases below
/// the release and compared identifier by identifier; build metadata (<c>+build</c>, Go's <c>+incompatible</c>)
/// does not count. Lenient as the advisory databases are: a leading <c>v</c> (Go), any number of digits, and
/// components past the third treated as part of the pre-release. Go pseudo-versions
/// (<c>v0.0.0-20191109021931-daa7c04131f5</c>) are pre-releases and sort by their timestamp.
/// </summary>
public sealed class SemVerOrder : IVersionOrder
{
    public IReadOnlyList<string> Ecosystems { get; } = ["npm", "crates.io", "Go", "Hex"];

    public int Compare(string? x, string? y)
    {
        var a = SemverLike.Parse(x ?? "", 3);
        var b = SemverLike.Parse(y ?? "", 3);
        var diff = VersionNumbers.CompareAll(a.Components, b.Components);
        return diff != 0 ? diff : SemverLike.ComparePrerelease(a.Rest, b.Rest);
    }
}
