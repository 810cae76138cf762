using System.Globalization;
using Rampart.Dependencies.Inventory;
using Rampart.Loading;

namespace Rampart.Dependencies.Npm;

/// <summary>
/// <c>pnpm-lock.yaml</c>, read with the project's YAML loader: lockfile versions 5 (<c>/name/1.0.0_peer@1</c>),
/// 6 (<c>/name@1.0.0(peer@1)</c>) and 9 (<c>name@1.0.0</c>, peers in <c>snapshots</c>). Direct packages are the
/// ones an importer (or, before version 6 without importers, the root) lists; <c>dev</c> comes from the package
/// entry where the lockfile has it (5, 6) and from the importers' <c>devDependencies</c> for version 9.
/// </summary>
public sealed class PnpmLockReader : ILockfileReader
{
    private static readonly string[] Lists = ["dependencies", "devDependencies", "optionalDependencies"];

    public string Format => "pnpm-lock.yaml";

    public bool Accepts(string fileName) => fileName == "pnpm-lock.yaml";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var text = string.Join('\n', LockText.Lines(content));
        MappingNode? root = null;
        foreach (var document in new YamlLoader().Load(path, text))
        {
            if (document.Root is MappingNode mapping && mapping["lockfileVersion"] is not null)
            {
                root = mapping;
            }
            else if (document.Root is null && document.Problems is [var problem, ..])
            {
                throw new LockfileFormatException(problem.Location.Line, problem.Message);
            }
            else if (document.Root is not null and not MappingNode)
            {
                throw new LockfileFormatException(document.Root.Start.Line, "a pnpm-lock.yaml is a YAML mapping");
            }
        }

        if (root is null)
        {
            return new LockfileInventory(path, Format, []);
        }

        var version = (root["lockfileVersion"] as ScalarNode)?.Text ?? "";
        var legacy = double.TryParse(version, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number < 6;
        var (direct, devOnly) = Importers(root);
        var packages = new List<InventoryPackage>();
        var unresolved = new List<UnresolvedPackage>();
        foreach (var entry in (root["packages"] as MappingNode)?.Entries ?? [])
        {
            var fields = entry.Value as MappingNode;
            if (entry.KeyText is not { } key || Parse(key, fields, legacy) is not var (name, packageVersion))
            {
                unresolved.Add(new UnresolvedPackage(Ecosystem.Npm, entry.KeyText ?? "", "", entry.Key.Start.Line, "a package key with no name and version in it"));
                continue;
            }

            var dev = fields?["dev"] is ScalarNode { Kind: ScalarKind.Bool, Bool: true } || devOnly.Contains(name);
            var relation = direct.Contains(name) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.Npm, name, packageVersion, entry.Key.Start.Line) { Relation = relation, Dev = dev });
        }

        return new LockfileInventory(path, Format, packages) { Unresolved = unresolved };
    }

    private static (HashSet<string> Direct, HashSet<string> DevOnly) Importers(MappingNode root)
    {
        var importers = (root["importers"] as MappingNode)?.Entries.Select(e => e.Value).OfType<MappingNode>().ToList() ?? [root];
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var prod = new HashSet<string>(StringComparer.Ordinal);
        var dev = new HashSet<string>(StringComparer.Ordinal);
        foreach (var importer in importers)
        {
            foreach (var list in Lists)
            {
                foreach (var name in (importer[list] as MappingNode)?.Entries.Select(e => e.KeyText).OfType<string>() ?? [])
                {
                    direct.Add(name);
                    (list == "devDependencies" ? dev : prod).Add(name);
                }
            }
        }

        dev.ExceptWith(prod);
        return (direct, dev);
    }

    private static (string Name, string Version)? Parse(string key, MappingNode? fields, bool legacy)
    {
        if (fields?["name"] is ScalarNode name && fields["version"] is ScalarNode version)
        {
            return (name.Text, version.Text);
        }

        var path = key.StartsWith('/') ? key[1..] : key;
        var peers = path.IndexOf('(', StringComparison.Ordinal);
        path = peers > 0 ? path[..peers] : path;
        if (legacy)
        {
            if (!key.StartsWith('/'))
            {
                var host = path.IndexOf('/', StringComparison.Ordinal);
                path = host > 0 ? path[(host + 1)..] : path;
            }

            var slash = path.LastIndexOf('/');
            if (slash <= 0)
            {
                return null;
            }

            var legacyVersion = path[(slash + 1)..];
            var underscore = legacyVersion.IndexOf('_', StringComparison.Ordinal);
            legacyVersion = underscore > 0 ? legacyVersion[..underscore] : legacyVersion;
            return legacyVersion.Length > 0 && char.IsAsciiDigit(legacyVersion[0]) ? (path[..slash], legacyVersion) : null;
        }

        var at = path.LastIndexOf('@');
        return at > 0 && at < path.Length - 1 && char.IsAsciiDigit(path[at + 1]) ? (path[..at], path[(at + 1)..]) : null;
    }
}
