using Rampart.Globbing;

namespace Rampart.Configuration;

/// <summary>
/// Glob patterns for paths and identifiers in configuration: <c>*</c> matches within one path segment,
/// <c>**</c> across segments, <c>?</c> one character. Matched by the shared glob engine (<see cref="GlobMatcher"/>,
/// with <see cref="GlobSyntax.ConfigPath"/> or <see cref="GlobSyntax.ConfigName"/>), linear in the input whatever
/// the pattern. Routing rules are not matched one glob at a time per finding: see <c>Rampart.Ownership.RoutingIndex</c>.
/// </summary>
public sealed class Glob
{
    private readonly GlobMatcher matcher;

    private Glob(string pattern, GlobSyntax syntax)
    {
        Pattern = pattern;
        matcher = GlobMatcher.Compile(pattern, syntax);
    }

    /// <summary>The pattern as matched (for a path glob, after <see cref="ForPath"/> completed it).</summary>
    public string Pattern { get; }

    /// <summary>A path glob: <c>*</c> stops at <c>/</c>; a pattern without <c>/</c> matches the file name at any depth.</summary>
    public static Glob ForPath(string pattern)
    {
        var p = pattern.Replace('\\', '/').TrimStart('/');
        if (!p.Contains('/', StringComparison.Ordinal))
        {
            p = "**/" + p;
        }

        if (p.EndsWith('/'))
        {
            p += "**";
        }

        return new Glob(p, GlobSyntax.ConfigPath);
    }

    /// <summary>A glob over plain identifiers (rule ids, names): <c>*</c> matches any run of characters.</summary>
    public static Glob ForName(string pattern) => new(pattern, GlobSyntax.ConfigName);

    /// <summary>Whether the glob matches all of <paramref name="input"/>.</summary>
    public bool IsMatch(string input) => matcher.IsMatch(input);

    public override string ToString() => Pattern;
}
