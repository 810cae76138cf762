namespace Rampart.Configuration;

/// <summary>
/// Glob patterns for paths and identifiers in configuration: <c>*</c> matches within one path segment,
/// <c>**</c> across segments, <c>?</c> one character. Matching is linear in the input (no backtracking
/// blow-up on hostile patterns): it tracks the set of pattern positions reachable so far. Routing rules
/// are not matched one glob at a time per finding: see <c>Rampart.Ownership.RoutingIndex</c>.
/// </summary>
public sealed class Glob
{
    private readonly string pattern;
    private readonly bool crossSegments;

    private Glob(string pattern, bool crossSegments)
    {
        this.pattern = pattern;
        this.crossSegments = crossSegments;
    }

    public string Pattern => pattern;

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

        return new Glob(p, crossSegments: false);
    }

    /// <summary>A glob over plain identifiers (rule ids, names): <c>*</c> matches any run of characters.</summary>
    public static Glob ForName(string pattern) => new(pattern, crossSegments: true);

    /// <summary>
    /// Whether the glob matches all of <paramref name="input"/>: one pass over the input, following every
    /// pattern position at once, so at most pattern length × input length steps and nothing allocated for
    /// patterns up to 256 characters.
    /// </summary>
    public bool IsMatch(string input)
    {
        // positions[i] is true when pattern[..i] can match the input read so far.
        var n = pattern.Length;
        Span<bool> current = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
        Span<bool> next = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
        current[0] = true;
        Close(current);
        foreach (var c in input)
        {
            next.Clear();
            var any = false;
            for (var i = 0; i < n; i++)
            {
                if (!current[i])
                {
                    continue;
                }

                var p = pattern[i];
                if (p == '*')
                {
                    var doubleStar = i + 1 < n && pattern[i + 1] == '*';
                    if (doubleStar || crossSegments || c != '/')
                    {
                        next[i] = any = true;
                    }
                }
                else if (p == '?' ? c != '/' || crossSegments : p == c)
                {
                    next[i + 1] = any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            Close(next);
            var swap = current;
            current = next;
            next = swap;
        }

        return current[n];
    }

    // A star may match nothing: whoever reaches a star also reaches what follows it. "**/" may match
    // nothing at all, including its slash, so that "**/x" matches "x".
    private void Close(Span<bool> positions)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (!positions[i] || pattern[i] != '*')
            {
                continue;
            }

            if (i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                positions[i + 1] = true;
                if (i + 2 < pattern.Length && pattern[i + 2] == '/')
                {
                    positions[i + 3] = true;
                }
            }
            else
            {
                positions[i + 1] = true;
            }
        }
    }

    public override string ToString() => pattern;
}
