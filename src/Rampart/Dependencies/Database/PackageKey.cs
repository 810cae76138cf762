using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Database;

/// <summary>
/// How the database indexes a package: the ecosystem without its release (<c>Debian</c> for <c>Debian:12</c>) and the
/// name normalized the ecosystem's way, as <see cref="Osv.OsvMatcher"/> compares them.
/// </summary>
internal sealed record PackageKey(string Ecosystem, string Name)
{
    public static PackageKey Of(string ecosystem, string name)
    {
        var family = Family(ecosystem);
        return new PackageKey(family, PackageNames.Normalize(family, name));
    }

    public static string Family(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? ecosystem[..colon] : ecosystem;
    }
}
