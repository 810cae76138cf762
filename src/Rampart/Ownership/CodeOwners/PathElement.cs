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

    /// <summary>Whether <paramref name="elements"/> match all of <paramref name="segments"/> (a table, no backtracking).</summary>
    public static bool Match(IReadOnlyList<PathElement> elements, string[] segments)
    {
        var n = elements.Count;
        var m = segments.Length;

        // can[i, j]: elements[i..] match segments[j..].
        var can = new bool[n + 1, m + 1];
        can[n, m] = true;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                can[i, j] = elements[i] switch
                {
                    Segment s => j < m && can[i + 1, j + 1] && s.Glob.IsMatch(segments[j]),
                    AnySegments => can[i + 1, j] || (j < m && can[i, j + 1]),
                    SomeSegments => j < m && (can[i + 1, j + 1] || can[i, j + 1]),
                    _ => false,
                };
            }
        }

        return can[0, 0];
    }
}
