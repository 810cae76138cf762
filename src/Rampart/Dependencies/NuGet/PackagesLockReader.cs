using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.NuGet;

/// <summary>
/// NuGet's <c>packages.lock.json</c>: per target framework, each package with its <c>type</c> (Direct,
/// Transitive, CentralTransitive; Project entries are the solution's own projects) and <c>resolved</c> version.
/// A package locked for several frameworks at one version is listed once, at its first line.
/// </summary>
public sealed class PackagesLockReader : ILockfileReader
{
    public string Format => "packages.lock.json";

    public bool Accepts(string fileName) => fileName == "packages.lock.json";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockJson.ParseObject(content, Format);

        var seen = new Dictionary<(string, string), int>();
        var packages = new List<InventoryPackage>();
        foreach (var (_, framework) in root["dependencies"]?.Properties ?? [])
        {
            foreach (var (name, entry) in framework.Properties)
            {
                var type = entry.String("type");
                if (type == "Project" || entry.String("resolved") is not { Length: > 0 } version)
                {
                    continue;
                }

                var relation = type == "Direct" ? DependencyRelation.Direct : DependencyRelation.Transitive;
                var key = (name.ToLowerInvariant(), version);
                if (seen.TryGetValue(key, out var index))
                {
                    if (relation == DependencyRelation.Direct)
                    {
                        packages[index] = packages[index] with { Relation = relation };
                    }

                    continue;
                }

                seen[key] = packages.Count;
                packages.Add(new InventoryPackage(Ecosystem.NuGet, name, version, entry.Line) { Relation = relation });
            }
        }

        return new LockfileInventory(path, Format, packages);
    }
}
