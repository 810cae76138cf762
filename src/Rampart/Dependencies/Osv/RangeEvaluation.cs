using Rampart.Dependencies.Versions;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// Whether a version lies in an OSV range, by the OSV evaluation: events sorted by version (an <c>introduced</c>
/// of <c>0</c> first), walking them in order, <c>introduced ≤ v</c> makes it affected, <c>fixed ≤ v</c> not, and
/// <c>last_affected &lt; v</c> not; with <c>limit</c> events the version must also be below one of them
/// (<c>*</c> is no limit).
/// </summary>
internal static class RangeEvaluation
{
    public static bool Includes(OsvRange range, string version, IComparer<string> order)
    {
        // The walk over the sorted events ends in the state the last applicable event set, so that event is the one
        // that comes last in the sorted order (by version, ties by position): one pass finds it, without sorting.
        OsvEvent? last = null;
        var limited = false;
        var belowLimit = false;
        foreach (var e in range.Events)
        {
            if (e.Kind == OsvEvent.Limit)
            {
                limited = true;
                belowLimit |= e.Version == "*" || order.Compare(version, e.Version) < 0;
                continue;
            }

            var applies = e.Kind switch
            {
                OsvEvent.Introduced => e.Version == "0" || order.Compare(e.Version, version) <= 0,
                OsvEvent.Fixed => order.Compare(e.Version, version) <= 0,
                OsvEvent.LastAffected => order.Compare(e.Version, version) < 0,
                _ => false,
            };
            if (applies && (last is null || Compare(e, last, order) >= 0))
            {
                last = e;
            }
        }

        return last?.Kind == OsvEvent.Introduced && (!limited || belowLimit);
    }

    private static int Compare(OsvEvent a, OsvEvent b, IComparer<string> order)
    {
        var (az, bz) = (a.Kind == OsvEvent.Introduced && a.Version == "0", b.Kind == OsvEvent.Introduced && b.Version == "0");
        return az || bz ? (az ? 0 : 1) - (bz ? 0 : 1) : order.Compare(a.Version, b.Version);
    }

    /// <summary>The order a range's versions use: SemVer for <c>SEMVER</c> ranges, the ecosystem's own for <c>ECOSYSTEM</c>.</summary>
    public static IComparer<string>? OrderFor(OsvRange range, string ecosystem) => range.Type switch
    {
        OsvRange.SemVer => VersionOrders.For("npm"),
        OsvRange.EcosystemType => VersionOrders.For(ecosystem),
        _ => null,
    };
}
