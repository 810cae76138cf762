using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Go;

/// <summary>
/// Go's <c>go.mod</c>: every <c>require</c> (one line or a block), <c>// indirect</c> marking a transitive module,
/// with <c>replace</c> directives applied (a replacement by another module takes its path and version; a
/// replacement by a local folder is not a module to match and is dropped). The line is the require's.
/// </summary>
public sealed class GoModReader : ILockfileReader
{
    public string Format => "go.mod";

    public bool Accepts(string fileName) => fileName == "go.mod";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var lines = LockText.Lines(content);
        var requires = new List<(string Module, string Version, bool Indirect, int Line)>();
        var replaces = new List<(string Module, string? Version, string Target, string? TargetVersion)>();
        string? block = null;
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

        return new LockfileInventory(path, Format, packages);
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
