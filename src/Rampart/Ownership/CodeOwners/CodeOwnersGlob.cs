using Rampart.Globbing;

namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// The glob of a CODEOWNERS pattern, built segment by segment on the shared engine (<see cref="GlobMatcher"/>)
/// and matched against a path read as its segments, each followed by <c>/</c>: a segment of the pattern is its
/// glob and a <c>/</c>, "any folders" is <c>**/</c>, "one or more folders" is anything ending in <c>/</c>. The
/// automaton reads the path once, so a try costs the path's length times the pattern's length / 64.
/// </summary>
internal static class CodeOwnersGlob
{
    /// <summary>
    /// Adds one segment of a pattern (no <c>/</c> inside) and the <c>/</c> after it. A segment of stars only
    /// matches a name of at least one character; a backslash left at the end (from <c>\/</c>, which splitting at
    /// slashes cut) escapes nothing and is dropped.
    /// </summary>
    public static void AddSegment(GlobBuilder builder, string segment, GlobSyntax syntax)
    {
        if (segment.Length > 0 && segment.AsSpan().IndexOfAnyExcept('*') < 0)
        {
            builder.AnyUnit().Pattern("*".AsSpan(), syntax);
        }
        else
        {
            var trailing = segment.Length - segment.AsSpan().TrimEnd('\\').Length;
            builder.Pattern(segment.AsSpan(0, segment.Length - (trailing % 2)), syntax);
        }

        builder.Literal('/');
    }

    /// <summary>
    /// Whether <paramref name="glob"/> matches all of <paramref name="segments"/>. <paramref name="literals"/> (from
    /// <see cref="PlainSegments"/>) rejects most paths before the automaton runs.
    /// </summary>
    public static bool Match(GlobMatcher glob, string[] literals, string[] segments, StepCounter? steps)
    {
        foreach (var literal in literals)
        {
            if (steps is not null)
            {
                steps.Steps += segments.Length;
            }

            if (Array.IndexOf(segments, literal) < 0)
            {
                return false;
            }
        }

        if (glob.Never)
        {
            return false;
        }

        Span<ulong> state = glob.Words <= 64 ? stackalloc ulong[glob.Words] : new ulong[glob.Words];
        glob.Start(state);
        foreach (var segment in segments)
        {
            if (!glob.Advance(state, segment.AsSpan(), steps) || !glob.Advance(state, "/".AsSpan(), steps))
            {
                return false;
            }
        }

        return glob.Accepts(state);
    }

    /// <summary>
    /// The segments of a pattern written as plain text (no wildcard, no escape, not empty): every path the
    /// pattern matches has each of them as one of its segments. Escaped segments are left out, which only makes
    /// the list shorter, never wrong.
    /// </summary>
    public static string[] PlainSegments(string[] segments, bool brackets)
    {
        List<string>? plain = null;
        foreach (var segment in segments)
        {
            if (segment.Length > 0 && segment.AsSpan().IndexOfAny(brackets ? "\\*?[" : "\\*?") < 0
                && (plain is null || !plain.Contains(segment, StringComparer.Ordinal)))
            {
                (plain ??= []).Add(segment);
            }
        }

        return plain is null ? [] : [.. plain];
    }
}
