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
        var events = range.Events.Where(e => e.Kind != OsvEvent.Limit).ToList();
        var sorted = events
            .Select((e, i) => (Event: e, Index: i))
            .Order(Comparer<(OsvEvent Event, int Index)>.Create((a, b) =>
            {
                var diff = Compare(a.Event, b.Event, order);
                return diff != 0 ? diff : a.Index.CompareTo(b.Index);
            }));
        var affected = false;
        foreach (var (e, _) in sorted)
        {
            switch (e.Kind)
            {
                case OsvEvent.Introduced when e.Version == "0" || order.Compare(e.Version, version) <= 0:
                    affected = true;
                    break;
                case OsvEvent.Fixed when order.Compare(e.Version, version) <= 0:
                    affected = false;
                    break;
                case OsvEvent.LastAffected when order.Compare(e.Version, version) < 0:
                    affected = false;
                    break;
            }
        }

        var limits = range.Events.Where(e => e.Kind == OsvEvent.Limit).ToList();
        return affected && (limits.Count == 0 || limits.Any(l => l.Version == "*" || order.Compare(version, l.Version) < 0));
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
