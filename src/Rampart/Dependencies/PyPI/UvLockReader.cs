using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.PyPI;

/// <summary>
/// <c>uv.lock</c>: each <c>[[package]]</c> with its name and version. The project's own packages (source
/// <c>editable</c> or <c>virtual</c>) are not listed; their <c>dependencies</c> are the direct packages and their
/// <c>dev-dependencies</c> the development ones.
/// </summary>
public sealed class UvLockReader : ILockfileReader
{
    public string Format => "uv.lock";

    public bool Accepts(string fileName) => fileName == "uv.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockToml.Parse(content);
        var entries = root["package"]?.Items ?? [];
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var dev = new HashSet<string>(StringComparer.Ordinal);
        var prod = new HashSet<string>(StringComparer.Ordinal);
        var roots = entries.Where(IsProject).ToList();
        foreach (var project in roots)
        {
            foreach (var dependency in project["dependencies"]?.Items ?? [])
            {
                Add(dependency, direct, prod);
            }

            foreach (var (_, group) in project["dev-dependencies"]?.Properties ?? [])
            {
                foreach (var dependency in group.Items)
                {
                    Add(dependency, direct, dev);
                }
            }
        }

        dev.ExceptWith(prod);
        var packages = new List<InventoryPackage>();
        foreach (var entry in entries)
        {
            if (entry.String("name") is not { } name || entry.String("version") is not { } version)
            {
                continue;
            }

            if (IsProject(entry))
            {
                continue;
            }

            var key = PackageNames.Normalize(Ecosystem.PyPI, name);
            var relation = roots.Count == 0 ? DependencyRelation.Unknown
                : direct.Contains(key) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.PyPI, name, version, entry.Line) { Relation = relation, Dev = dev.Contains(key) });
        }

        return new LockfileInventory(path, Format, packages);
    }

    private static bool IsProject(LockNode entry) => entry["source"] is { } source && (source["editable"] is not null || source["virtual"] is not null);

    private static void Add(LockNode dependency, HashSet<string> direct, HashSet<string> group)
    {
        if (dependency.String("name") is { } name)
        {
            var key = PackageNames.Normalize(Ecosystem.PyPI, name);
            direct.Add(key);
            group.Add(key);
        }
    }
}
