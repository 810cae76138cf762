namespace Rampart.Globbing;

/// <summary>How <c>[</c> is read.</summary>
public enum GlobBrackets
{
    /// <summary><c>[</c> is an ordinary character (configuration globs, GitHub CODEOWNERS).</summary>
    None,

    /// <summary>
    /// As git's wildmatch: <c>!</c> or <c>^</c> first negates, a <c>]</c> right after the opening (or the negation) is
    /// a member, ranges, <c>\x</c> escapes, POSIX classes (<c>[:alpha:]</c>) with ASCII meanings; an unclosed
    /// expression or an unknown class makes the pattern match nothing.
    /// </summary>
    Git,

    /// <summary>
    /// As Ruby's <c>File.fnmatch</c> (GitLab CODEOWNERS): <c>!</c> or <c>^</c> first negates, ranges, <c>\x</c> escapes;
    /// no special first <c>]</c> (<c>[]</c> is an empty set) and no classes; an unclosed expression matches nothing.
    /// </summary>
    Fnmatch,
}
