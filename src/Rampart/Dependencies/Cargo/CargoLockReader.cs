using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Cargo;

/// <summary>
/// Rust's <c>Cargo.lock</c> (formats 1 to 4): each <c>[[package]]</c> with its name and version. Packages
/// without a <c>source</c> are the workspace's own crates: not listed, but what they depend on is direct.
/// </summary>
public sealed class CargoLockReader : ILockfileReader
{
    public string Format => "Cargo.lock";

    public bool Accepts(string fileName) => fileName == "Cargo.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockToml.Parse(content);
        var entries = root["package"]?.Items ?? [];
        var local = entries.Where(e => e["source"] is null).ToList();

        // A dependency is written "name", "name version" or "name version (source)".
        var direct = new HashSet<string>(
            local.SelectMany(e => e["dependencies"]?.Items ?? []).Select(d => (d.Text ?? "").Split(' ')[0]),
            StringComparer.Ordinal);
        var packages = new List<InventoryPackage>();
        foreach (var entry in entries)
        {
            if (entry.String("name") is not { } name || entry.String("version") is not { } version)
            {
                throw new LockfileFormatException(entry.Line, "a [[package]] of a Cargo.lock has a name and a version");
            }

            if (entry["source"] is null)
            {
                continue;
            }

            var relation = local.Count == 0 ? DependencyRelation.Unknown
                : direct.Contains(name) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.CratesIo, name, version, entry.Line) { Relation = relation });
        }

        return new LockfileInventory(path, Format, packages);
    }
}
