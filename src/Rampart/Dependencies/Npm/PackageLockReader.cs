using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Npm;

/// <summary>
/// npm's <c>package-lock.json</c> and <c>npm-shrinkwrap.json</c>: version 2 and 3 from their <c>packages</c> map
/// (keys are install paths; the root entry's dependency lists say which are direct), version 1 from its nested
/// <c>dependencies</c>. Links and workspace folders are not packages; aliases (<c>npm:real@1.0.0</c>) are read as
/// the real package.
/// </summary>
public sealed class PackageLockReader : ILockfileReader
{
    private const string NodeModules = "node_modules/";
    private static readonly string[] RootLists = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

    public string Format => "package-lock.json";

    public bool Accepts(string fileName) => fileName is "package-lock.json" or "npm-shrinkwrap.json";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockJson.ParseObject(content, Format);

        var packages = new List<InventoryPackage>();
        if (root["packages"] is { IsObject: true } installed)
        {
            ReadPackages(installed, packages);
        }
        else if (root["dependencies"] is { IsObject: true } dependencies)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            CollectRequires(dependencies, required, 0);
            ReadLegacy(dependencies, required, packages, 0);
        }

        return new LockfileInventory(path, Format, packages);
    }

    private static void ReadPackages(LockNode installed, List<InventoryPackage> packages)
    {
        var rootEntry = installed[""];
        HashSet<string>? direct = null;
        if (rootEntry is { IsObject: true } && RootLists.Any(list => rootEntry[list] is { IsObject: true }))
        {
            direct = new HashSet<string>(RootLists.SelectMany(list => rootEntry[list]?.Properties.Select(p => p.Key) ?? []), StringComparer.Ordinal);
        }

        foreach (var (key, entry) in installed.Properties)
        {
            var at = key.LastIndexOf(NodeModules, StringComparison.Ordinal);
            if (at < 0 || !entry.IsObject || entry.IsTrue("link") || entry.String("version") is not { Length: > 0 } version)
            {
                continue;
            }

            var installedAs = key[(at + NodeModules.Length)..];
            var (name, real) = Alias(entry.String("name") ?? installedAs, version);
            var topLevel = at == 0;
            var relation = direct is null ? DependencyRelation.Unknown
                : topLevel && direct.Contains(installedAs) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.Npm, name, real, entry.Line) { Relation = relation, Dev = entry.IsTrue("dev") });
        }
    }

    private static void ReadLegacy(LockNode dependencies, HashSet<string> required, List<InventoryPackage> packages, int depth)
    {
        foreach (var (key, entry) in dependencies.Properties)
        {
            if (!entry.IsObject)
            {
                continue;
            }

            if (entry.String("version") is { Length: > 0 } version && !version.StartsWith("file:", StringComparison.Ordinal))
            {
                var (name, real) = Alias(key, version);
                var relation = depth > 0 || required.Contains(key) ? DependencyRelation.Transitive : DependencyRelation.Direct;
                packages.Add(new InventoryPackage(Ecosystem.Npm, name, real, entry.Line) { Relation = relation, Dev = entry.IsTrue("dev") });
            }

            if (entry["dependencies"] is { IsObject: true } nested && depth < 256)
            {
                ReadLegacy(nested, required, packages, depth + 1);
            }
        }
    }

    private static void CollectRequires(LockNode dependencies, HashSet<string> required, int depth)
    {
        foreach (var (_, entry) in dependencies.Properties)
        {
            foreach (var (name, _) in entry["requires"]?.Properties ?? [])
            {
                required.Add(name);
            }

            if (entry["dependencies"] is { IsObject: true } nested && depth < 256)
            {
                CollectRequires(nested, required, depth + 1);
            }
        }
    }

    /// <summary>An alias's version (<c>npm:@scope/real@1.0.0</c>) names the real package.</summary>
    internal static (string Name, string Version) Alias(string name, string version)
    {
        if (!version.StartsWith("npm:", StringComparison.Ordinal))
        {
            return (name, version);
        }

        var spec = version[4..];
        var at = spec.LastIndexOf('@');
        return at > 0 ? (spec[..at], spec[(at + 1)..]) : (name, spec);
    }
}
