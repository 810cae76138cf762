using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.PyPI;

/// <summary>
/// pip's <c>requirements.txt</c> (and <c>requirements-*.txt</c>, <c>*-requirements.txt</c>): a requirement pinned
/// with <c>==</c> or <c>===</c> is a package; any other (a range, no version, a URL) is reported as unresolved.
/// Comments, line continuations, extras, environment markers and per-requirement options (<c>--hash</c>) are
/// understood; a line that is no requirement at all (a template) is reported as unresolved; option lines (<c>-r</c>, <c>-c</c>, <c>-e</c>, <c>--index-url</c>) are not followed. All are direct.
/// </summary>
public sealed class RequirementsReader : ILockfileReader
{
    public string Format => "requirements.txt";

    public bool Accepts(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.Ordinal) && fileName.Contains("requirements", StringComparison.Ordinal);

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var lines = LockText.Lines(content);
        var packages = new List<InventoryPackage>();
        var unresolved = new List<UnresolvedPackage>();
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i;
            var line = lines[i];
            while (line.TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line.TrimEnd()[..^1] + " " + lines[++i];
            }

            var comment = line.IndexOf(" #", StringComparison.Ordinal);
            line = (line.TrimStart().StartsWith('#') ? "" : comment >= 0 ? line[..comment] : line).Trim();
            if (line.Length == 0 || line.StartsWith('-') || line.Contains("://", StringComparison.Ordinal) || line.StartsWith('.') || line.StartsWith('/'))
            {
                continue;
            }

            var option = line.IndexOf(" -", StringComparison.Ordinal);
            line = option >= 0 ? line[..option] : line;
            var marker = line.IndexOf(';', StringComparison.Ordinal);
            line = (marker >= 0 ? line[..marker] : line).Trim();
            var nameEnd = 0;
            while (nameEnd < line.Length && (char.IsAsciiLetterOrDigit(line[nameEnd]) || line[nameEnd] is '-' or '_' or '.'))
            {
                nameEnd++;
            }

            if (nameEnd == 0 || (nameEnd < line.Length && line[nameEnd] is not ('[' or '=' or '<' or '>' or '!' or '~' or ' ' or '@')))
            {
                unresolved.Add(new UnresolvedPackage(Ecosystem.PyPI, line, line, start + 1, "not a requirement pip would read (a template line?)"));
                continue;
            }

            var name = line[..nameEnd];
            var rest = line[nameEnd..].Trim();
            if (rest.StartsWith('['))
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                rest = close > 0 ? rest[(close + 1)..].Trim() : throw new LockfileFormatException(start + 1, "the extras of a requirement are not closed with ']'");
            }

            var pinned = rest.StartsWith("===", StringComparison.Ordinal) ? rest[3..] : rest.StartsWith("==", StringComparison.Ordinal) ? rest[2..] : null;
            var version = pinned?.Trim();
            if (version is { Length: > 0 } && char.IsAsciiLetterOrDigit(version[0]) && version.IndexOfAny([',', '*', '<', '>', '!', '~', ' ']) < 0)
            {
                packages.Add(new InventoryPackage(Ecosystem.PyPI, name, version, start + 1) { Relation = DependencyRelation.Direct });
            }
            else
            {
                unresolved.Add(new UnresolvedPackage(Ecosystem.PyPI, name, rest, start + 1, rest.Length == 0 ? "no version" : "not pinned to one version"));
            }
        }

        return new LockfileInventory(path, Format, packages) { Unresolved = unresolved };
    }
}
