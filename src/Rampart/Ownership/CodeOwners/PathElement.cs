namespace Rampart.Ownership.CodeOwners;

/// <summary>One step of a compiled CODEOWNERS pattern over path segments.</summary>
internal abstract record PathElement
{
    /// <summary>Exactly one segment matching a glob.</summary>
    public sealed record Segment(SegmentGlob Glob) : PathElement;

    /// <summary>Zero or more whole segments.</summary>
    public sealed record AnySegments : PathElement;

    /// <summary>One or more whole segments.</summary>
    public sealed record SomeSegments : PathElement;

    /// <summary>The one <see cref="AnySegments"/> every pattern shares (it holds nothing).</summary>
    public static PathElement Any { get; } = new AnySegments();

    /// <summary>The one <see cref="SomeSegments"/> every pattern shares.</summary>
    public static PathElement Some { get; } = new SomeSegments();

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

    /// <summary>
    /// Whether <paramref name="elements"/> match all of <paramref name="segments"/> (a table, no backtracking):
    /// at most (elements + 1) × (segments + 1) cells, each testing one segment glob against one path segment.
    /// <paramref name="literals"/> (from <see cref="RequiredLiterals"/>) rejects most paths before the table.
    /// </summary>
    public static bool Match(IReadOnlyList<PathElement> elements, string[] literals, string[] segments, StepCounter? steps)
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

        var n = elements.Count;
        var m = segments.Length;
        if (steps is not null)
        {
            steps.Steps += (n + 1) * (m + 1);
        }

        // can[i * width + j]: elements[i..] match segments[j..].
        var width = m + 1;
        var size = (n + 1) * width;
        Span<bool> can = size <= 1024 ? stackalloc bool[size] : new bool[size];
        can.Clear();
        can[(n * width) + m] = true;
        for (var i = n - 1; i >= 0; i--)
        {
            var row = i * width;
            var next = row + width;
            for (var j = m; j >= 0; j--)
            {
                can[row + j] = elements[i] switch
                {
                    Segment s => j < m && can[next + j + 1] && s.Glob.IsMatch(segments[j], steps),
                    AnySegments => can[next + j] || (j < m && can[row + j + 1]),
                    SomeSegments => j < m && (can[next + j + 1] || can[row + j + 1]),
                    _ => false,
                };
            }
        }

        return can[0];
    }
}
