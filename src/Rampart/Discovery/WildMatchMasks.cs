namespace Rampart.Discovery;

/// <summary>
/// The transitions of a <see cref="WildMatch"/> as bit masks over its states (state i: the first i tokens
/// matched; the last state accepts). One byte of text moves every state at once: a token that consumes the
/// byte moves its state one up, a star keeps it, <c>**/</c> may jump two; then the states that may match
/// nothing (stars, the entry of <c>**/</c>) pass their bit on. Literal bytes are kept sparse (per byte, the
/// words where it occurs), so memory stays in proportion to the pattern.
/// </summary>
internal sealed class WildMatchMasks
{
    private readonly int accept;

    // Dense masks, `Words` long each: which states advance on a byte other than '/', on '/', which keep
    // their bit on a byte other than '/', on '/'; entries of "**/" (jump two); states that may match nothing
    // and pass their bit to the next (stars); set tokens.
    private readonly ulong[] advanceOther;
    private readonly ulong[] advanceSlash;
    private readonly ulong[] keepOther;
    private readonly ulong[] keepSlash;
    private readonly ulong[] entries;
    private readonly ulong[] skippable;
    private readonly ulong[] setStates;

    private readonly byte[] literalBytes;
    private readonly int[] literalStart;
    private readonly int[] literalWord;
    private readonly ulong[] literalBits;
    private readonly ByteSet?[] sets;

    public WildMatchMasks(GlobToken[] tokens)
    {
        accept = tokens.Length;
        Words = (tokens.Length + 64) / 64;
        advanceOther = new ulong[Words];
        advanceSlash = new ulong[Words];
        keepOther = new ulong[Words];
        keepSlash = new ulong[Words];
        entries = new ulong[Words];
        skippable = new ulong[Words];
        setStates = new ulong[Words];
        sets = new ByteSet?[tokens.Length];
        var literals = new SortedDictionary<byte, List<(int Word, ulong Bits)>>();
        for (var s = 0; s < tokens.Length; s++)
        {
            var (word, bit) = (s >> 6, 1UL << (s & 63));
            switch (tokens[s].Kind)
            {
                case GlobTokenKind.Literal:
                    if (!literals.TryGetValue(tokens[s].Byte, out var list))
                    {
                        list = [];
                        literals[tokens[s].Byte] = list;
                    }

                    if (list.Count > 0 && list[^1].Word == word)
                    {
                        list[^1] = (word, list[^1].Bits | bit);
                    }
                    else
                    {
                        list.Add((word, bit));
                    }

                    break;
                case GlobTokenKind.AnyByte:
                    advanceOther[word] |= bit;
                    break;
                case GlobTokenKind.Set:
                    setStates[word] |= bit;
                    sets[s] = tokens[s].Bytes;
                    break;
                case GlobTokenKind.Star:
                    keepOther[word] |= bit;
                    skippable[word] |= bit;
                    break;
                case GlobTokenKind.AnyText:
                    keepOther[word] |= bit;
                    keepSlash[word] |= bit;
                    skippable[word] |= bit;
                    break;
                case GlobTokenKind.FoldersEntry:
                    advanceOther[word] |= bit;
                    advanceSlash[word] |= bit;
                    entries[word] |= bit;
                    break;
                case GlobTokenKind.FoldersInside:
                    keepOther[word] |= bit;
                    keepSlash[word] |= bit;
                    advanceSlash[word] |= bit;
                    break;
            }
        }

        literalBytes = [.. literals.Keys];
        literalStart = new int[literalBytes.Length + 1];
        var entriesOfBytes = literals.Values.SelectMany(l => l).ToList();
        literalWord = [.. entriesOfBytes.Select(e => e.Word)];
        literalBits = [.. entriesOfBytes.Select(e => e.Bits)];
        var at = 0;
        var index = 0;
        foreach (var list in literals.Values)
        {
            literalStart[index++] = at;
            at += list.Count;
        }

        literalStart[index] = at;
    }

    /// <summary>Length of a state in 64-bit words.</summary>
    public int Words { get; }

    public bool Accepts(ReadOnlySpan<ulong> state) => (state[accept >> 6] & (1UL << (accept & 63))) != 0;

    /// <summary>Moves <paramref name="state"/> over byte <paramref name="c"/> into <paramref name="next"/>; false when no state is left.</summary>
    public bool Step(ReadOnlySpan<ulong> state, byte c, Span<ulong> next, Span<ulong> advancing)
    {
        var slash = c == '/';
        var advance = slash ? advanceSlash : advanceOther;
        var keep = slash ? keepSlash : keepOther;
        for (var w = 0; w < state.Length; w++)
        {
            advancing[w] = state[w] & advance[w];
            next[w] = state[w] & keep[w];
        }

        var literal = literalBytes.AsSpan().BinarySearch(c);
        if (literal >= 0)
        {
            for (var e = literalStart[literal]; e < literalStart[literal + 1]; e++)
            {
                advancing[literalWord[e]] |= state[literalWord[e]] & literalBits[e];
            }
        }

        if (!slash)
        {
            AdvanceSets(state, c, advancing);
        }

        ShiftInto(advancing, next, 1);
        if (slash)
        {
            // "**/" read a '/': it may leave the folders at once.
            for (var w = 0; w < state.Length; w++)
            {
                advancing[w] = state[w] & entries[w];
            }

            ShiftInto(advancing, next, 2);
        }

        Close(next);
        foreach (var word in next)
        {
            if (word != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>States that may match nothing pass their bit on: "**/" to the state after it, a star to the next.</summary>
    public void Close(Span<ulong> state)
    {
        // "**/" is never followed by another (repeats are merged) and a star never by a star or a "**/", so
        // one pass of each, in this order, reaches every state.
        ShiftMasked(state, entries, 2);
        ShiftMasked(state, skippable, 1);
    }

    private void AdvanceSets(ReadOnlySpan<ulong> state, byte c, Span<ulong> advancing)
    {
        for (var w = 0; w < state.Length; w++)
        {
            for (var bits = state[w] & setStates[w]; bits != 0; bits &= bits - 1)
            {
                var s = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (sets[s]!.Contains(c))
                {
                    advancing[w] |= 1UL << (s & 63);
                }
            }
        }
    }

    /// <summary>ORs <paramref name="bits"/> moved up by <paramref name="by"/> states into <paramref name="target"/>.</summary>
    private static void ShiftInto(ReadOnlySpan<ulong> bits, Span<ulong> target, int by)
    {
        for (var w = bits.Length - 1; w >= 0; w--)
        {
            var carry = w > 0 ? bits[w - 1] >> (64 - by) : 0;
            target[w] |= (bits[w] << by) | carry;
        }
    }

    /// <summary>ORs the bits of <paramref name="state"/> within <paramref name="mask"/>, moved up by <paramref name="by"/>, into the state.</summary>
    private static void ShiftMasked(Span<ulong> state, ulong[] mask, int by)
    {
        // From the top word down, so that each word reads the word below before it changes.
        for (var w = state.Length - 1; w >= 0; w--)
        {
            var carry = w > 0 ? (state[w - 1] & mask[w - 1]) >> (64 - by) : 0;
            state[w] |= ((state[w] & mask[w]) << by) | carry;
        }
    }
}
