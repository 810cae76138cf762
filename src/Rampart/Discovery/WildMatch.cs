namespace Rampart.Discovery;

/// <summary>
/// A glob compiled the way git's <c>wildmatch</c> reads it with <c>WM_PATHNAME</c> (case-sensitive, on
/// bytes): <c>*</c> and <c>?</c> never match <c>/</c>; <c>**</c> between slashes (or at either end) crosses
/// folders; <c>[...]</c> sets with <c>!</c>/<c>^</c>, ranges and <c>[:class:]</c>; <c>\x</c> is a literal x.
/// Matching simulates all positions at once (a Thompson automaton), so time is bounded by
/// pattern length × text length whatever the pattern: there is no backtracking to blow up.
/// </summary>
internal sealed class WildMatch
{
    private readonly GlobToken[] tokens;

    private WildMatch(GlobToken[] tokens, bool never)
    {
        this.tokens = tokens;
        Never = never;
    }

    /// <summary>True when the pattern can match nothing (an unclosed <c>[</c>, a trailing backslash).</summary>
    public bool Never { get; }

    public static WildMatch Compile(ReadOnlySpan<byte> pattern)
    {
        var list = new List<GlobToken>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case (byte)'\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return new WildMatch([], never: true);
                    }

                    list.Add(GlobToken.Literal(pattern[i + 1]));
                    i += 2;
                    break;
                case (byte)'?':
                    list.Add(GlobToken.AnyByte);
                    i++;
                    break;
                case (byte)'*':
                    i = CompileStars(pattern, i, list);
                    break;
                case (byte)'[':
                    var set = ByteSet.Parse(pattern, i + 1, out var next);
                    if (set is null)
                    {
                        return new WildMatch([], never: true);
                    }

                    list.Add(GlobToken.Set(set));
                    i = next;
                    break;
                default:
                    list.Add(GlobToken.Literal(c));
                    i++;
                    break;
            }
        }

        return new WildMatch([.. list], never: false);
    }

    private static int CompileStars(ReadOnlySpan<byte> pattern, int start, List<GlobToken> list)
    {
        var end = start;
        while (end < pattern.Length && pattern[end] == '*')
        {
            end++;
        }

        var segmentStart = start == 0 || pattern[start - 1] == '/';
        var atEnd = end == pattern.Length;
        var slashNext = !atEnd && pattern[end] == '/';
        var escapedSlashNext = !atEnd && pattern[end] == '\\' && end + 1 < pattern.Length && pattern[end + 1] == '/';
        if (end - start >= 2 && segmentStart && (atEnd || slashNext || escapedSlashNext))
        {
            if (slashNext)
            {
                // Two states: the entry may be skipped (no folders); once inside, only a '/' leads out.
                list.Add(GlobToken.FoldersEntry);
                list.Add(GlobToken.FoldersInside);
                return end + 1;
            }

            list.Add(GlobToken.AnyText);
            return end;
        }

        list.Add(GlobToken.Star);
        return end;
    }

    public bool IsMatch(ReadOnlySpan<byte> text)
    {
        if (Never)
        {
            return false;
        }

        var n = tokens.Length;
        Span<bool> current = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        Span<bool> next = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        current[0] = true;
        Close(current);
        foreach (var c in text)
        {
            next.Clear();
            var any = false;
            for (var s = 0; s < n; s++)
            {
                if (current[s])
                {
                    any |= Step(s, c, next);
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

    private bool Step(int state, byte c, Span<bool> next)
    {
        var token = tokens[state];
        switch (token.Kind)
        {
            case GlobTokenKind.Literal when token.Byte == c:
            case GlobTokenKind.AnyByte when c != '/':
                next[state + 1] = true;
                return true;
            case GlobTokenKind.Set when c != '/' && token.Bytes!.Contains(c):
                next[state + 1] = true;
                return true;
            case GlobTokenKind.Star when c != '/':
            case GlobTokenKind.AnyText:
                next[state] = true;
                return true;
            case GlobTokenKind.FoldersEntry:
                next[state + 1] = true;
                if (c == '/')
                {
                    next[state + 2] = true;
                }

                return true;
            case GlobTokenKind.FoldersInside:
                next[state] = true;
                if (c == '/')
                {
                    next[state + 1] = true;
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Star-like tokens may match nothing: a state at one lets the next one start too.</summary>
    private void Close(Span<bool> states)
    {
        for (var s = 0; s < tokens.Length; s++)
        {
            if (!states[s])
            {
                continue;
            }

            switch (tokens[s].Kind)
            {
                case GlobTokenKind.Star or GlobTokenKind.AnyText:
                    states[s + 1] = true;
                    break;
                case GlobTokenKind.FoldersEntry:
                    states[s + 2] = true;
                    break;
            }
        }
    }
}
