using System.Text;
using Rampart.Globbing;

namespace Rampart.Discovery;

/// <summary>
/// One line of a <c>.gitignore</c>-syntax file (also <c>.rampartignore</c> and <c>.git/info/exclude</c>),
/// read and matched exactly as git does: <c>!</c> negates; a trailing <c>/</c> matches folders only; a
/// pattern without a slash (other than a trailing one) matches a name at any depth, otherwise it is
/// anchored to the folder of the file that holds it; <c>\</c> escapes; unescaped trailing spaces are
/// dropped.
/// </summary>
public sealed class IgnorePattern
{
    private readonly byte[] pattern;
    private readonly byte[] basePath;
    private readonly GlobMatcher? wild;

    private IgnorePattern(string text, string source, int line, string baseFolder, byte[] pattern, bool negative, bool folderOnly, bool nameOnly)
    {
        Text = text;
        Source = source;
        Line = line;
        BaseFolder = baseFolder;
        this.pattern = pattern;
        Negative = negative;
        FolderOnly = folderOnly;
        NameOnly = nameOnly;
        basePath = Encoding.UTF8.GetBytes(baseFolder);
        if (nameOnly)
        {
            wild = HasWildcard(pattern) ? GlobMatcher.Compile(pattern.AsSpan(), GlobSyntax.Git) : null;
        }
        else
        {
            // As git does: the leading slash goes, the part before the first wildcard is compared as is, and
            // only the rest goes to wildmatch (which then sees it as starting a segment).
            var body = pattern.AsSpan(pattern.Length > 0 && pattern[0] == '/' ? 1 : 0);
            var prefix = PlainLength(body);
            wild = new GlobBuilder().Literal(body[..prefix]).Pattern(body[prefix..], GlobSyntax.Git).Build();
        }
    }

    /// <summary>The line as written (after trailing-space trimming).</summary>
    public string Text { get; }

    /// <summary>The file the pattern comes from, relative to the scan root (or a description).</summary>
    public string Source { get; }

    /// <summary>1-based line number in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>The folder the pattern is relative to, with a trailing slash, or empty for the root.</summary>
    public string BaseFolder { get; }

    /// <summary>A <c>!pattern</c>: re-includes what an earlier pattern excluded.</summary>
    public bool Negative { get; }

    /// <summary>Written with a trailing slash: matches folders only.</summary>
    public bool FolderOnly { get; }

    /// <summary>No slash in the pattern: matched against the last path component at any depth.</summary>
    public bool NameOnly { get; }

    public override string ToString() => $"{Source}:{Line}:{Text}";

    /// <summary>
    /// Parses one line; null for blank lines and comments. <paramref name="baseFolder"/> is the folder of the
    /// file that holds it, relative to the ignore root with forward slashes and a trailing slash, or empty.
    /// </summary>
    public static IgnorePattern? Parse(string line, string source, int lineNumber, string baseFolder)
    {
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var text = TrimTrailingSpaces(line);
        var body = text;
        var negative = body.StartsWith('!');
        if (negative)
        {
            body = body[1..];
        }

        var folderOnly = body.EndsWith('/');
        if (folderOnly)
        {
            body = body[..^1];
        }

        var nameOnly = !body.Contains('/', StringComparison.Ordinal);
        return new IgnorePattern(text, source, lineNumber, baseFolder, Encoding.UTF8.GetBytes(body), negative, folderOnly, nameOnly);
    }

    /// <summary>
    /// Whether the pattern matches <paramref name="path"/> (UTF-8, relative to the ignore root, no trailing
    /// slash) whose last component starts at <paramref name="nameStart"/>. Negation is not applied here.
    /// </summary>
    public bool Matches(ReadOnlySpan<byte> path, int nameStart, bool isFolder) => Matches(path, nameStart, isFolder, null);

    internal bool Matches(ReadOnlySpan<byte> path, int nameStart, bool isFolder, StepCounter? steps)
    {
        if (FolderOnly && !isFolder)
        {
            return false;
        }

        if (NameOnly)
        {
            return MatchesName(path[nameStart..], steps);
        }

        return path.StartsWith(basePath) && wild!.IsMatch(path[basePath.Length..], steps);
    }

    /// <summary>A name-only pattern against the last path component.</summary>
    internal bool MatchesName(ReadOnlySpan<byte> name, StepCounter? steps)
    {
        if (wild is null)
        {
            if (steps is not null)
            {
                steps.Steps++;
            }

            return name.SequenceEqual(pattern);
        }

        return wild.IsMatch(name, steps);
    }

    /// <summary>
    /// For a pattern anchored to its folder (not <see cref="NameOnly"/>): the automaton that reads the path
    /// below <see cref="BaseFolder"/>, so a walk can keep its state per folder instead of reading every path
    /// from the start.
    /// </summary>
    internal GlobMatcher? Anchored => NameOnly ? null : wild;

    /// <summary><see cref="BaseFolder"/> in UTF-8.</summary>
    internal byte[] BasePath => basePath;

    private static bool HasWildcard(ReadOnlySpan<byte> text) => PlainLength(text) < text.Length;

    /// <summary>Length of the leading part without <c>*</c>, <c>?</c>, <c>[</c> or <c>\</c>.</summary>
    private static int PlainLength(ReadOnlySpan<byte> text)
    {
        var i = text.IndexOfAny("*?[\\"u8);
        return i < 0 ? text.Length : i;
    }

    /// <summary>Drops trailing spaces unless the last of them is escaped with a backslash (tabs are kept).</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var lastSpace = -1;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case ' ':
                    if (lastSpace < 0)
                    {
                        lastSpace = i;
                    }

                    break;
                case '\\':
                    i++;
                    if (i >= line.Length)
                    {
                        return line;
                    }

                    lastSpace = -1;
                    break;
                default:
                    lastSpace = -1;
                    break;
            }
        }

        return lastSpace < 0 ? line : line[..lastSpace];
    }
}
