namespace Rampart.Discovery;

/// <summary>
/// A glob compiled the way git's <c>wildmatch</c> reads it with <c>WM_PATHNAME</c> (case-sensitive, on
/// bytes): <c>*</c> and <c>?</c> never match <c>/</c>; <c>**</c> between slashes (or at either end) crosses
/// folders; <c>[...]</c> sets with <c>!</c>/<c>^</c>, ranges and <c>[:class:]</c>; <c>\x</c> is a literal x.
/// Matching follows all pattern positions at once (a Thompson automaton), held as bits: each byte of text
/// costs a few word operations per 64 pattern positions, whatever the pattern, with no backtracking to blow
/// up. The state after a prefix of the text can be kept and carried on with the rest, so a path is matched
/// one folder name at a time (see <see cref="IgnoreRules"/>).
/// </summary>
internal sealed class WildMatch
{
    private readonly WildMatchMasks masks;

    private WildMatch(GlobToken[] tokens, bool never)
    {
        Never = never;
        masks = new WildMatchMasks(tokens);
    }

    /// <summary>True when the pattern can match nothing (an unclosed <c>[</c>, a trailing backslash).</summary>
    public bool Never { get; }

    /// <summary>Length of a state in 64-bit words.</summary>
    public int Words => masks.Words;

    public static WildMatch Compile(ReadOnlySpan<byte> pattern) => Compile([], pattern);

    /// <summary>
    /// <paramref name="literalPrefix"/> compared byte for byte, then <paramref name="pattern"/> read as a glob on
    /// its own (a <c>**</c> at its start starts a segment), as git matches the part of a path pattern that
    /// follows its wildcard-free start.
    /// </summary>
    public static WildMatch Compile(ReadOnlySpan<byte> literalPrefix, ReadOnlySpan<byte> pattern) => Compile(literalPrefix, pattern, null);

    /// <summary>As <see cref="Compile(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>; <paramref name="steps"/> counts the bytes read.</summary>
    internal static WildMatch Compile(ReadOnlySpan<byte> literalPrefix, ReadOnlySpan<byte> pattern, StepCounter? steps)
    {
        var list = new List<GlobToken>(literalPrefix.Length + pattern.Length);
        foreach (var b in literalPrefix)
        {
            list.Add(GlobToken.Literal(b));
        }

        var start = list.Count;
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
                    i = CompileStars(pattern, i, list, start);
                    break;
                case (byte)'[':
                    var set = ByteSet.Parse(pattern, i + 1, out var next, steps);
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

    private static int CompileStars(ReadOnlySpan<byte> pattern, int start, List<GlobToken> list, int first)
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
                // Two states: the entry may be skipped (no folders); once inside, only a '/' leads out. "**/**/"
                // means what "**/" means (nothing, or anything that ends with '/'), so a repeat adds nothing.
                var count = list.Count;
                if (count - first < 2 || list[count - 2].Kind != GlobTokenKind.FoldersEntry || list[count - 1].Kind != GlobTokenKind.FoldersInside)
                {
                    list.Add(GlobToken.FoldersEntry);
                    list.Add(GlobToken.FoldersInside);
                }

                return end + 1;
            }

            list.Add(GlobToken.AnyText);
            return end;
        }

        list.Add(GlobToken.Star);
        return end;
    }

    /// <summary>Sets <paramref name="state"/> (<see cref="Words"/> long) to where matching starts: nothing read yet.</summary>
    public void Start(Span<ulong> state)
    {
        state.Clear();
        state[0] = 1;
        masks.Close(state);
    }

    /// <summary>
    /// Carries <paramref name="state"/> over <paramref name="text"/>; false (and an empty state) as soon as no
    /// position is left, after which no continuation can match. <paramref name="steps"/> counts the words processed.
    /// </summary>
    public bool Advance(Span<ulong> state, ReadOnlySpan<byte> text, StepCounter? steps)
    {
        if (Never)
        {
            state.Clear();
            return false;
        }

        var words = masks.Words;
        Span<ulong> scratch = words <= 64 ? stackalloc ulong[2 * words] : new ulong[2 * words];
        var next = scratch[..words];
        var advancing = scratch[words..];
        var alive = true;
        foreach (var c in text)
        {
            alive = masks.Step(state, c, next, advancing);
            next.CopyTo(state);
            if (!alive)
            {
                break;
            }
        }

        if (steps is not null)
        {
            steps.Steps += (long)(text.Length + 1) * words;
        }

        return alive;
    }

    /// <summary>Whether the text read into <paramref name="state"/> is a match.</summary>
    public bool Accepts(ReadOnlySpan<ulong> state) => !Never && masks.Accepts(state);

    /// <summary>Whether the text after <paramref name="state"/> continued with <paramref name="text"/> is a match; the state is left as it was.</summary>
    public bool MatchesAfter(ReadOnlySpan<ulong> state, ReadOnlySpan<byte> text, StepCounter? steps)
    {
        Span<ulong> copy = masks.Words <= 64 ? stackalloc ulong[masks.Words] : new ulong[masks.Words];
        state.CopyTo(copy);
        return Advance(copy, text, steps) && Accepts(copy);
    }

    public bool IsMatch(ReadOnlySpan<byte> text) => IsMatch(text, null);

    public bool IsMatch(ReadOnlySpan<byte> text, StepCounter? steps)
    {
        if (Never)
        {
            return false;
        }

        Span<ulong> state = masks.Words <= 64 ? stackalloc ulong[masks.Words] : new ulong[masks.Words];
        Start(state);
        return Advance(state, text, steps) && Accepts(state);
    }
}
