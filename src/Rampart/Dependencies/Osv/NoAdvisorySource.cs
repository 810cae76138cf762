using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// The source of a scan that has no vulnerability data (no database imported, no <c>--advisories</c> folder): it
/// holds nothing, and the scan says that dependencies were not checked instead of reporting them clean.
/// </summary>
public sealed class NoAdvisorySource : IAdvisorySource
{
    public static NoAdvisorySource Instance { get; } = new();

    private NoAdvisorySource()
    {
    }

    public DateTimeOffset? UpdatedAt => null;

    public IReadOnlyList<VulnerabilityMatch> Match(IReadOnlyList<InventoryPackage> packages) => [];
}
