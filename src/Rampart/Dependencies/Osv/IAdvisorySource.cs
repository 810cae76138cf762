using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Osv;

/// <summary>Where OSV records come from: the local database, or a directory of OSV JSON files.</summary>
public interface IAdvisorySource
{
    /// <summary>
    /// The vulnerabilities of <paramref name="packages"/> (one package per package URL), matched exactly
    /// (<see cref="OsvMatcher"/>), in the order of the packages.
    /// </summary>
    IReadOnlyList<VulnerabilityMatch> Match(IReadOnlyList<InventoryPackage> packages);

    /// <summary>When the data was imported or last updated; null when unknown.</summary>
    DateTimeOffset? UpdatedAt { get; }
}
