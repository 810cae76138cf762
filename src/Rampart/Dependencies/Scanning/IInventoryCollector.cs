using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Scanning;

/// <summary>
/// An analyzer that reads lockfiles and keeps what they hold for the scan's report: the inventories (for the SBOM
/// formats) and how many lockfiles it could not check for want of vulnerability data (for the "Not checked" line).
/// Read once the analysis is over.
/// </summary>
public interface IInventoryCollector
{
    /// <summary>The inventories read, ordered by path.</summary>
    IReadOnlyList<LockfileInventory> Inventories { get; }

    /// <summary>Lockfiles with packages that were not matched because the scan has no vulnerability data.</summary>
    int NotChecked { get; }
}
