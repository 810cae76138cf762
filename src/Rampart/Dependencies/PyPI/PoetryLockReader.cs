using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.PyPI;

/// <summary>
/// <c>poetry.lock</c> (formats 1 and 2): each <c>[[package]]</c> with its name and version; <c>category =
/// "dev"</c> (format 1) marks a development package. The lock does not list the project's own requirements (they
/// are in <c>pyproject.toml</c>), so a package no other package depends on counts as direct.
/// </summary>
public sealed class PoetryLockReader : ILockfileReader
{
    public string Format => "poetry.lock";

    public bool Accepts(string fileName) => fileName == "poetry.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockToml.Parse(content);
        var entries = root["package"]?.Items ?? [];
        var dependedOn = new HashSet<string>(
            entries.SelectMany(e => e["dependencies"]?.Properties.Select(p => PackageNames.Normalize(Ecosystem.PyPI, p.Key)) ?? []),
            StringComparer.Ordinal);
        var packages = new List<InventoryPackage>();
        foreach (var entry in entries)
        {
            if (entry.String("name") is not { } name || entry.String("version") is not { } version)
            {
                throw new LockfileFormatException(entry.Line, "a [[package]] of a poetry.lock has a name and a version");
            }

            var relation = dependedOn.Contains(PackageNames.Normalize(Ecosystem.PyPI, name)) ? DependencyRelation.Transitive : DependencyRelation.Direct;
            packages.Add(new InventoryPackage(Ecosystem.PyPI, name, version, entry.Line) { Relation = relation, Dev = entry.String("category") == "dev" });
        }

        return new LockfileInventory(path, Format, packages);
    }
}
