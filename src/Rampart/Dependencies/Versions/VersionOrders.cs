namespace Rampart.Dependencies.Versions;

/// <summary>The version order of each ecosystem Rampart matches, one line each.</summary>
public static class VersionOrders
{
    public static IReadOnlyList<IVersionOrder> All { get; } =
    [
        new SemVerOrder(),
        new PyPIOrder(),
        new MavenOrder(),
        new NuGetOrder(),
        new RubyGemsOrder(),
        new PackagistOrder(),
        new DebianOrder(),
        new AlpineOrder(),
    ];

    /// <summary>
    /// The order of an ecosystem (OSV name; a Debian or Alpine release suffix such as <c>Debian:12</c> is ignored),
    /// or null when Rampart has none for it.
    /// </summary>
    public static IVersionOrder? For(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var name = colon > 0 ? ecosystem[..colon] : ecosystem;
        return All.FirstOrDefault(order => order.Ecosystems.Contains(name));
    }
}
