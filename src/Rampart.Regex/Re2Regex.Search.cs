namespace Rampart.Regex;

/// <summary>The searches behind every entry point, generic over the encoding of the input.</summary>
public sealed partial class Re2Regex
{
    internal bool IsMatch<TText>(TText input, StepCounter? counter)
        where TText : IText, allows ref struct =>
        EarliestMatchEnd(input, 0, counter) >= 0;

    /// <summary>The bounds of the leftmost-first match at or after <paramref name="start"/>.</summary>
    internal bool TryFindBounds<TText>(TText input, int start, StepCounter? counter, out Re2Bounds bounds)
        where TText : IText, allows ref struct
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, input.Length);
        bounds = Re2Bounds.Unmatched;

        // RE2's way: a DFA that keeps its threads in priority order finds where the leftmost-first match ends, and
        // the reverse DFA, run backwards from there, where it starts; no VM at all.
        if (_reverseDfas.Value is { } reverse)
        {
            var dfa = _leftmostDfas.Rent();
            var resets = dfa.Resets;
            var end = dfa.LeftmostFirstEnd(input, start, counter);
            Return(_leftmostDfas, dfa, resets);
            if (end < 0)
            {
                return false;
            }

            dfa = reverse.Rent();
            resets = dfa.Resets;
            var length = dfa.LongestMatch(new ReversedText<TText>(input, end, start), end - start, counter);
            Return(reverse, dfa, resets);
            if (length >= 0)
            {
                bounds = new Re2Bounds(end - length, length);
                return true;
            }
        }

        return TryFindBoundsWithVm(input, start, counter, out bounds);
    }

    /// <summary>
    /// The bounds of the leftmost-first match that starts exactly at <paramref name="start"/>: the leftmost-first DFA
    /// with no thread started after it, so it reads only as far as a match could still run; no reverse pass, the start
    /// is known.
    /// </summary>
    internal bool TryMatchBoundsAt<TText>(TText input, int start, StepCounter? counter, out Re2Bounds bounds)
        where TText : IText, allows ref struct
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, input.Length);
        var dfa = _anchoredDfas.Rent();
        var resets = dfa.Resets;
        var end = dfa.LeftmostFirstEnd(input, start, counter);
        Return(_anchoredDfas, dfa, resets);
        bounds = end < 0 ? Re2Bounds.Unmatched : new Re2Bounds(start, end - start);
        return end >= 0;
    }

    /// <summary>
    /// The bounds of the leftmost-first match at or after <paramref name="start"/> from the Pike VM: the way when
    /// the reverse program is too large, and the reference the DFAs are tested against.
    /// </summary>
    internal bool TryFindBoundsWithVm<TText>(TText input, int start, StepCounter? counter, out Re2Bounds bounds)
        where TText : IText, allows ref struct
    {
        bounds = Re2Bounds.Unmatched;

        // The DFA finds where the first match to end ends; the leftmost-first match starts no later. The
        // bounds then come from a VM that tracks no groups (threads from every start position are cheap).
        var firstEnd = EarliestMatchEnd(input, start, counter);
        Span<int> slots = stackalloc int[2];
        if (firstEnd < 0 || !Search(_boundsVms, input, start, firstEnd, int.MaxValue, slots, counter))
        {
            return false;
        }

        bounds = new Re2Bounds(slots[0], slots[1] - slots[0]);
        return true;
    }

    /// <summary>
    /// The capture slots of the match with these bounds, from a run anchored at its start and ending at its end: a
    /// <see cref="BitState"/> search when the match is short enough for its bit set (the groups of a secret, a
    /// line), the Pike VM otherwise; both keep the highest-priority path, so the groups are the same.
    /// </summary>
    internal void Capture<TText>(TText input, Re2Bounds bounds, Span<int> slots, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        slots.Fill(-1);
        if (BitState.Fits(_prog, bounds.Length))
        {
            var state = _bitStates.Rent();
            state.Search(input, bounds.Index, bounds.End, slots, counter);
            _bitStates.Return(state);
        }
        else
        {
            Search(_captureVms, input, bounds.Index, bounds.Index, bounds.End, slots, counter);
        }

        (slots[0], slots[1]) = (bounds.Index, bounds.End);
    }

    /// <summary>
    /// The bounds of the leftmost-first match (starting exactly at <paramref name="start"/> when
    /// <paramref name="anchored"/>), and of its groups as many as <paramref name="groups"/> holds.
    /// </summary>
    private bool TryFindGroups<TText>(TText input, int start, Span<Re2Bounds> groups, bool anchored = false)
        where TText : IText, allows ref struct
    {
        if (!(anchored ? TryMatchBoundsAt(input, start, null, out var bounds) : TryFindBounds(input, start, null, out bounds)))
        {
            return false;
        }

        var count = Math.Min(groups.Length, GroupNames.Count);
        if (count <= 1)
        {
            groups[..count].Fill(bounds);
            return true;
        }

        Span<int> slots = _prog.SlotCount <= 64 ? stackalloc int[64] : new int[_prog.SlotCount];
        slots = slots[.._prog.SlotCount];
        Capture(input, bounds, slots, null);
        for (var i = 0; i < count; i++)
        {
            var (from, to) = (slots[2 * i], slots[(2 * i) + 1]);
            groups[i] = from >= 0 && to >= from ? new Re2Bounds(from, to - from) : Re2Bounds.Unmatched;
        }

        return true;
    }

    private int EarliestMatchEnd<TText>(TText input, int start, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        var dfa = _dfas.Rent();
        var resets = dfa.Resets;
        var end = dfa.EarliestMatchEnd(input, start, counter);
        Return(_dfas, dfa, resets);
        return end;
    }

    /// <summary>Puts a DFA back in its pool after a search, counting the times its cache was dropped.</summary>
    private void Return(MatcherPool<LazyDfa> pool, LazyDfa dfa, int resetsBefore)
    {
        if (dfa.Resets != resetsBefore)
        {
            Interlocked.Add(ref _dfaResets, dfa.Resets - resetsBefore);
        }

        // A DFA whose cache grew large (up to about 10 MB) is not kept: compiled patterns are cached for the
        // life of the process, and hostile patterns and input would otherwise pin that much memory each.
        if (dfa.CachedEntries <= MaxPooledDfaEntries)
        {
            pool.Return(dfa);
        }
    }

    /// <summary>The pool of reverse DFAs, or null when the reverse program is too large (the VM then finds the start).</summary>
    private static MatcherPool<LazyDfa>? ReverseDfas(RegexNode root, int maxProgramSize)
    {
        var prog = Compiler.CompileReverse(root, maxProgramSize);
        if (prog is null)
        {
            return null;
        }

        var alphabet = new Alphabet(prog);
        return new MatcherPool<LazyDfa>(() => new LazyDfa(prog, alphabet, manyMatch: true));
    }

    private static bool Search<TText>(MatcherPool<PikeVm> pool, TText input, int start, int lastStart, int knownEnd, Span<int> slots, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        var vm = pool.Rent();
        var found = vm.Search(input, start, lastStart, knownEnd, slots, counter);
        pool.Return(vm);
        return found;
    }
}
