using System.Numerics;

namespace Rampart.Globbing;

/// <summary>
/// The transitions of a <see cref="GlobMatcher"/> as bit masks over its states (state i: the first i tokens
/// matched; the last state accepts). One unit of text moves every state at once: a token that consumes the
/// unit moves its state one up, a star keeps it, <c>**/</c> may jump two; then the states that may match
/// nothing (stars, the entry of <c>**/</c>) pass their bit on. Literal units are kept sparse (per unit, the
/// words where it occurs), so memory stays in proportion to the pattern.
/// </summary>
internal sealed class GlobMasks
{
    private readonly int accept;

    // Dense masks, `Words` long each: which states advance on a unit other than '/', on '/', which keep
    // their bit on a unit other than '/', on '/'; entries of "**/" (jump two); states that may match nothing
    // and pass their bit to the next (stars); set tokens.
    private readonly ulong[] advanceOther;
    private readonly ulong[] advanceSlash;
    private readonly ulong[] keepOther;
    private readonly ulong[] keepSlash;
    private readonly ulong[] entries;
    private readonly ulong[] skippable;
    private readonly ulong[] setStates;

    private readonly int[] literalUnits;
    private readonly int[] literalStart;
    private readonly int[] literalWord;
    private readonly ulong[] literalBits;
    private readonly GlobSet?[] sets;

    /// <summary>True when one pass of each closure step (entries, then stars) reaches every state (see <see cref="Close"/>).</summary>
    private readonly bool onePassClosure;

    public GlobMasks(IReadOnlyList<GlobToken> tokens)
    {
        accept = tokens.Count;
        Words = (tokens.Count + 64) / 64;
        advanceOther = new ulong[Words];
        advanceSlash = new ulong[Words];
        keepOther = new ulong[Words];
        keepSlash = new ulong[Words];
        entries = new ulong[Words];
        skippable = new ulong[Words];
        setStates = new ulong[Words];
        sets = new GlobSet?[tokens.Count];
        var literals = new SortedDictionary<int, List<(int Word, ulong Bits)>>();
        for (var s = 0; s < tokens.Count; s++)
        {
            var (word, bit) = (s >> 6, 1UL << (s & 63));
            switch (tokens[s].Kind)
            {
                case GlobTokenKind.Literal:
                    AddLiteral(literals, tokens[s].Unit, word, bit);
                    break;
                case GlobTokenKind.AnyUnit:
                    advanceOther[word] |= bit;
                    break;
                case GlobTokenKind.AnyUnitOrSlash:
                    advanceOther[word] |= bit;
                    advanceSlash[word] |= bit;
                    break;
                case GlobTokenKind.Set:
                    setStates[word] |= bit;
                    sets[s] = tokens[s].Set;
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

        onePassClosure = IsOnePass(tokens);
        literalUnits = [.. literals.Keys];
        literalStart = new int[literalUnits.Length + 1];
        var entriesOfUnits = literals.Values.SelectMany(l => l).ToList();
        literalWord = [.. entriesOfUnits.Select(e => e.Word)];
        literalBits = [.. entriesOfUnits.Select(e => e.Bits)];
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

    /// <summary>Moves <paramref name="state"/> over unit <paramref name="c"/> into <paramref name="next"/>; false when no state is left.</summary>
    public bool Step(ReadOnlySpan<ulong> state, int c, Span<ulong> next, Span<ulong> advancing)
    {
        var slash = c == '/';
        var advance = slash ? advanceSlash : advanceOther;
        var keep = slash ? keepSlash : keepOther;
        for (var w = 0; w < state.Length; w++)
        {
            advancing[w] = state[w] & advance[w];
            next[w] = state[w] & keep[w];
        }

        var literal = literalUnits.AsSpan().BinarySearch(c);
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
        // When no "**/" is followed by another and no star by a star or a "**/" (the builder merges such runs),
        // one pass of each, in this order, reaches every state; otherwise passes repeat until nothing changes.
        if (onePassClosure)
        {
            ShiftMasked(state, entries, 2);
            ShiftMasked(state, skippable, 1);
            return;
        }

        bool changed;
        do
        {
            changed = ShiftMasked(state, entries, 2) | ShiftMasked(state, skippable, 1);
        }
        while (changed);
    }

    private static bool IsOnePass(IReadOnlyList<GlobToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var entryChain = tokens[i].Kind == GlobTokenKind.FoldersEntry && i + 2 < tokens.Count && tokens[i + 2].Kind == GlobTokenKind.FoldersEntry;
            var starChain = tokens[i].Skippable && i + 1 < tokens.Count && (tokens[i + 1].Skippable || tokens[i + 1].Kind == GlobTokenKind.FoldersEntry);
            if (entryChain || starChain)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddLiteral(SortedDictionary<int, List<(int Word, ulong Bits)>> literals, int unit, int word, ulong bit)
    {
        if (!literals.TryGetValue(unit, out var list))
        {
            list = [];
            literals[unit] = list;
        }

        if (list.Count > 0 && list[^1].Word == word)
        {
            list[^1] = (word, list[^1].Bits | bit);
        }
        else
        {
            list.Add((word, bit));
        }
    }

    private void AdvanceSets(ReadOnlySpan<ulong> state, int c, Span<ulong> advancing)
    {
        for (var w = 0; w < state.Length; w++)
        {
            for (var bits = state[w] & setStates[w]; bits != 0; bits &= bits - 1)
            {
                var s = (w << 6) + BitOperations.TrailingZeroCount(bits);
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

    /// <summary>ORs the bits of <paramref name="state"/> within <paramref name="mask"/>, moved up by <paramref name="by"/>, into the state; true when a bit was added.</summary>
    private static bool ShiftMasked(Span<ulong> state, ulong[] mask, int by)
    {
        // From the top word down, so that each word reads the word below before it changes.
        var changed = false;
        for (var w = state.Length - 1; w >= 0; w--)
        {
            var carry = w > 0 ? (state[w - 1] & mask[w - 1]) >> (64 - by) : 0;
            var before = state[w];
            state[w] = before | ((before & mask[w]) << by) | carry;
            changed |= state[w] != before;
        }

        return changed;
    }
}
