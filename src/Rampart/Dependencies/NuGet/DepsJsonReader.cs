using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.NuGet;

/// <summary>
/// A .NET application's <c>*.deps.json</c>: the <c>libraries</c> of type <c>package</c> (<c>Name/Version</c>).
/// Direct packages are the dependencies of the project entries in the first target.
/// </summary>
public sealed class DepsJsonReader : ILockfileReader
{
    public string Format => "deps.json";

    public bool Accepts(string fileName) => fileName.EndsWith(".deps.json", StringComparison.Ordinal);

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockJson.ParseObject(content, Format);

        var libraries = root["libraries"];
        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var target = root["targets"]?.Properties is [var first, ..] ? first.Value : null;
        foreach (var (key, entry) in target?.Properties ?? [])
        {
            if (libraries?[key]?.String("type") == "project")
            {
                direct.UnionWith(entry["dependencies"]?.Properties.Select(p => p.Key) ?? []);
            }
        }

        var packages = new List<InventoryPackage>();
        foreach (var (key, library) in libraries?.Properties ?? [])
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (library.String("type") != "package" || slash <= 0 || slash == key.Length - 1)
            {
                continue;
            }

            var name = key[..slash];
            var relation = direct.Count == 0 ? DependencyRelation.Unknown
                : direct.Contains(name) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.NuGet, name, key[(slash + 1)..], library.Line) { Relation = relation });
        }

        return new LockfileInventory(path, Format, packages);
    }
}
