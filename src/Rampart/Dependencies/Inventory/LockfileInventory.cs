namespace Rampart.Dependencies.Inventory;

/// <summary>
/// What one lockfile holds: its packages in file order, the ones it names without an exact version, and the
/// problem that stopped reading it (then the lists hold what was read before it, usually nothing).
/// </summary>
public sealed record LockfileInventory(string Path, string Format, IReadOnlyList<InventoryPackage> Packages)
{
    public IReadOnlyList<UnresolvedPackage> Unresolved { get; init; } = [];

    public LockfileProblem? Problem { get; init; }
}
