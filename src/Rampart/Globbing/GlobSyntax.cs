namespace Rampart.Globbing;

/// <summary>
/// The options that tell the glob dialects apart; everything else (<c>?</c> is one unit, <c>*</c> any run,
/// matching is case-sensitive and covers the whole text) is common to all. Anchoring (where a pattern may start
/// matching) is the caller's: it adds a leading <c>**/</c> or a literal folder before the pattern.
/// </summary>
public sealed record GlobSyntax
{
    /// <summary><c>*</c> and <c>?</c> also match <c>/</c> (globs over names rather than paths).</summary>
    public bool StarCrossesSlash { get; init; }

    public GlobDoubleStar DoubleStar { get; init; }

    public GlobBrackets Brackets { get; init; }

    /// <summary>
    /// <c>\x</c> is a literal x. A backslash with nothing after it makes the pattern match nothing (as in git).
    /// Without escapes a backslash is an ordinary character.
    /// </summary>
    public bool Escapes { get; init; }

    /// <summary>Ignore files (<c>.gitignore</c>, <c>.rampartignore</c>): git's wildmatch with <c>WM_PATHNAME</c>, on UTF-8 bytes.</summary>
    public static GlobSyntax Git { get; } = new() { DoubleStar = GlobDoubleStar.WholeSegment, Brackets = GlobBrackets.Git, Escapes = true };

    /// <summary><c>path</c> globs of <c>rampart.yaml</c> and waivers: <c>*</c> within a folder, <c>**</c> across, no brackets, no escapes.</summary>
    public static GlobSyntax ConfigPath { get; } = new() { DoubleStar = GlobDoubleStar.Anywhere };

    /// <summary>Globs over rule ids, kinds and namespaces: <c>*</c> matches any run, <c>/</c> included.</summary>
    public static GlobSyntax ConfigName { get; } = new() { StarCrossesSlash = true, DoubleStar = GlobDoubleStar.Anywhere };

    /// <summary>One segment of a GitHub CODEOWNERS pattern: <c>\</c> escapes, <c>[</c> is ordinary.</summary>
    public static GlobSyntax GitHubSegment { get; } = new() { Escapes = true };

    /// <summary>One segment of a GitLab CODEOWNERS pattern: <c>\</c> escapes, <c>[...]</c> as <c>File.fnmatch</c> reads it.</summary>
    public static GlobSyntax GitLabSegment { get; } = new() { Brackets = GlobBrackets.Fnmatch, Escapes = true };
}
