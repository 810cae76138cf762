using Rampart.Dependencies.Inventory;
using Rampart.Loading;

namespace Rampart.Dependencies.Npm;

/// <summary>
/// <c>yarn.lock</c>, classic (yarn 1, its own indented format) and berry (yarn 2+, YAML with a <c>__metadata</c>
/// entry, read with the project's YAML loader). A berry workspace entry lists the direct dependencies; a classic
/// lockfile does not, so there a package that no other entry depends on counts as direct. Workspace, link and
/// portal entries are the project's own code, not packages.
/// </summary>
public sealed class YarnLockReader : ILockfileReader
{
    public string Format => "yarn.lock";

    public bool Accepts(string fileName) => fileName == "yarn.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var lines = LockText.Lines(content);
        var berry = lines.Any(l => l.StartsWith("__metadata:", StringComparison.Ordinal));
        return new LockfileInventory(path, Format, berry ? Berry(path, string.Join('\n', lines)) : Classic(lines));
    }

    private static List<InventoryPackage> Classic(string[] lines)
    {
        var entries = new List<(string Header, int Line, string? Version)>();
        var dependedOn = new HashSet<string>(StringComparer.Ordinal);
        var inDependencies = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                if (!line.EndsWith(':'))
                {
                    throw new LockfileFormatException(i + 1, "an entry of a yarn.lock starts with its descriptors and ends with ':'");
                }

                entries.Add((line[..^1], i + 1, null));
                inDependencies = false;
                continue;
            }

            if (entries.Count == 0)
            {
                throw new LockfileFormatException(i + 1, "an indented line before the first entry");
            }

            var trimmed = line.Trim();
            var indent = line.Length - line.TrimStart().Length;
            if (indent <= 2)
            {
                inDependencies = trimmed is "dependencies:" or "optionalDependencies:";
                if (trimmed.StartsWith("version ", StringComparison.Ordinal))
                {
                    entries[^1] = entries[^1] with { Version = trimmed[8..].Trim().Trim('"') };
                }
            }
            else if (inDependencies)
            {
                var name = trimmed.StartsWith('"') ? trimmed[1..trimmed.IndexOf('"', 1)] : trimmed.Split(' ')[0];
                dependedOn.Add(name);
            }
        }

        var packages = new List<InventoryPackage>();
        foreach (var (header, line, version) in entries)
        {
            var range = YarnDescriptor.Range(header);
            if (version is null || range.StartsWith("file:", StringComparison.Ordinal) || range.StartsWith("link:", StringComparison.Ordinal))
            {
                continue;
            }

            var (name, real) = PackageLockReader.Alias(YarnDescriptor.Name(header), range.StartsWith("npm:", StringComparison.Ordinal) ? "npm:" + AliasTarget(range, version) : version);
            var relation = dependedOn.Contains(YarnDescriptor.Name(header)) ? DependencyRelation.Transitive : DependencyRelation.Direct;
            packages.Add(new InventoryPackage(Ecosystem.Npm, name, real, line) { Relation = relation });
        }

        return packages;
    }

    private static string AliasTarget(string range, string version)
    {
        var spec = range[4..];
        var at = spec.LastIndexOf('@');
        return at > 0 ? spec[..at] + "@" + version : version;
    }

    private static List<InventoryPackage> Berry(string path, string text)
    {
        var document = new YamlLoader().Load(path, text).FirstOrDefault();
        if (document?.Root is not MappingNode root)
        {
            var problem = document?.Problems is [var first, ..] ? first : null;
            throw new LockfileFormatException(problem?.Location.Line ?? 1, problem?.Message ?? "a yarn.lock (berry) is a YAML mapping");
        }

        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Entries)
        {
            if (entry.Value is MappingNode fields && Scalar(fields, "resolution") is { } resolution
                && YarnDescriptor.Range(resolution).StartsWith("workspace:", StringComparison.Ordinal))
            {
                foreach (var list in new[] { "dependencies", "devDependencies", "optionalDependencies" })
                {
                    direct.UnionWith((fields[list] as MappingNode)?.Entries.Select(e => e.KeyText ?? "") ?? []);
                }
            }
        }

        var packages = new List<InventoryPackage>();
        foreach (var entry in root.Entries)
        {
            if (entry.KeyText is not { } key || key == "__metadata" || entry.Value is not MappingNode fields
                || Scalar(fields, "version") is not { } version || Scalar(fields, "linkType") == "soft")
            {
                continue;
            }

            var resolution = Scalar(fields, "resolution") ?? key;
            var name = YarnDescriptor.Name(resolution);
            var relation = direct.Contains(YarnDescriptor.Name(key)) ? DependencyRelation.Direct : DependencyRelation.Transitive;
            packages.Add(new InventoryPackage(Ecosystem.Npm, name, version, entry.Key.Start.Line) { Relation = relation });
        }

        return packages;
    }

    private static string? Scalar(MappingNode node, string key) => (node[key] as ScalarNode)?.Text;
}
