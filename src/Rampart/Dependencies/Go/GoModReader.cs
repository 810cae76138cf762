using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Go;

/// <summary>
/// Go's <c>go.mod</c>: every <c>require</c> (one line or a block), <c>// indirect</c> marking a transitive module,
/// with <c>replace</c> directives applied (a replacement by another module takes its path and version; a
/// replacement by a local folder is not a module to match and is dropped). The line is the require's. A module whose
/// <c>go</c> directive is below 1.17, or missing, lists only its direct requirements (Go 1.17 started writing every
/// module the build needs): its <c>go.sum</c>, when given, adds the modules it names and <c>go.mod</c> does not, as
/// transitive, each at the last version <c>go.sum</c> lists (its lines are sorted, newest last) and at the line of the
/// <c>go</c> directive (1 without one), as Trivy does.
/// </summary>
public sealed class GoModReader : ILockfileReader
{
    public string Format => "go.mod";

    public bool Accepts(string fileName) => fileName == "go.mod";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content) => Read(path, content, () => null);

    /// <summary>Reads a <c>go.mod</c>; <paramref name="goSum"/> gives the <c>go.sum</c> beside it (null when there is none), read only for a module below Go 1.17.</summary>
    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content, Func<ReadOnlyMemory<byte>?> goSum)
    {
        ArgumentNullException.ThrowIfNull(goSum);
        var lines = LockText.Lines(content);
        var requires = new List<(string Module, string Version, bool Indirect, int Line)>();
        var replaces = new List<(string Module, string? Version, string Target, string? TargetVersion)>();
        string? block = null;
        (string Version, int Line)? goVersion = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var comment = raw.IndexOf("//", StringComparison.Ordinal);
            var indirect = comment >= 0 && raw[(comment + 2)..].Trim().StartsWith("indirect", StringComparison.Ordinal);
            var words = (comment >= 0 ? raw[..comment] : raw).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (words[0] == ")")
                {
                    block = null;
                    continue;
                }

                Directive(block, words, indirect, i + 1, requires, replaces);
                continue;
            }

            if (words.Length == 2 && words[1] == "(")
            {
                block = words[0];
                continue;
            }

            if (words[0] == "go" && words.Length > 1)
            {
                goVersion = (words[1], i + 1);
            }

            Directive(words[0], words[1..], indirect, i + 1, requires, replaces);
        }

        if (block is not null)
        {
            throw new LockfileFormatException(lines.Length, $"the '{block} (' block is not closed");
        }

        var packages = new List<InventoryPackage>();
        foreach (var (module, version, isIndirect, line) in requires)
        {
            var replace = replaces.LastOrDefault(r => r.Module == module && (r.Version is null || r.Version == version));
            var (name, resolved) = replace.Target is null ? (module, version) : (replace.Target, replace.TargetVersion);
            if (resolved is null)
            {
                continue;
            }

            packages.Add(new InventoryPackage(Ecosystem.Go, name, resolved, line)
            {
                Relation = isIndirect ? DependencyRelation.Transitive : DependencyRelation.Direct,
            });
        }

        if (BeforeGo117(goVersion?.Version) && goSum() is { } sum)
        {
            var named = requires.Select(r => r.Module).Concat(packages.Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var (module, version) in SumModules(sum).Where(m => !named.Contains(m.Key)))
            {
                packages.Add(new InventoryPackage(Ecosystem.Go, module, version, goVersion?.Line ?? 1) { Relation = DependencyRelation.Transitive });
            }
        }

        return new LockfileInventory(path, Format, packages);
    }

    /// <summary>Whether a <c>go</c> directive's version is below 1.17; a missing one is (such files predate the directive).</summary>
    internal static bool BeforeGo117(string? version)
    {
        if (version is null)
        {
            return true;
        }

        var parts = version.Split('.');
        return parts.Length >= 2 && parts[0] == "1" && int.TryParse(new string([.. parts[1].TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture, out var minor) && minor < 17;
    }

    /// <summary>The modules of a <c>go.sum</c> (<c>module version[/go.mod] hash</c> lines), each at the last version listed, in order of first mention.</summary>
    private static List<KeyValuePair<string, string>> SumModules(ReadOnlyMemory<byte> content)
    {
        var order = new List<string>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LockText.Lines(content))
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            var version = words[1].EndsWith("/go.mod", StringComparison.Ordinal) ? words[1][..^"/go.mod".Length] : words[1];
            if (!versions.ContainsKey(words[0]))
            {
                order.Add(words[0]);
            }

            versions[words[0]] = version;
        }

        return [.. order.Select(m => KeyValuePair.Create(m, versions[m]))];
    }

    private static void Directive(string verb, string[] words, bool indirect, int line,
        List<(string, string, bool, int)> requires, List<(string, string?, string, string?)> replaces)
    {
        switch (verb)
        {
            case "require":
                if (words.Length != 2)
                {
                    throw new LockfileFormatException(line, "a require names a module and its version");
                }

                requires.Add((Unquote(words[0]), words[1], indirect, line));
                break;
            case "replace":
                var arrow = Array.IndexOf(words, "=>");
                if (arrow is < 1 or > 2 || words.Length - arrow - 1 is < 1 or > 2)
                {
                    throw new LockfileFormatException(line, "a replace is 'module [version] => target [version]'");
                }

                var target = Unquote(words[arrow + 1]);
                var local = target.StartsWith('.') || target.StartsWith('/');
                replaces.Add((Unquote(words[0]), arrow == 2 ? words[1] : null, target, local ? null : words.ElementAtOrDefault(arrow + 2)));
                break;
            case "module" or "go" or "toolchain" or "exclude" or "retract" or "godebug" or "tool" or "ignore":
                break;
            default:
                throw new LockfileFormatException(line, $"'{verb}' is not a go.mod directive");
        }
    }

    private static string Unquote(string word) => word.Trim('"', '`');
}
