using System.Diagnostics;

namespace Rampart.Regex;

/// <summary>
/// A DFA built lazily from the program while it runs, for "is there a match?" without captures. A state is
/// the set of instructions the NFA would be at plus what precedes the position (start of text, newline,
/// word or other code point), which with the next code point decides the empty-width assertions. Each
/// transition is computed once, in O(program), then cached; when the cache outgrows its budget it is
/// dropped and rebuilt, so the time stays O(input × program) at worst and is O(input) once warm.
/// For a <see cref="Re2Set"/> a state's key also holds the patterns that matched just before it (as -1 - pattern,
/// sorted before the instructions). One instance serves one search at a time; <see cref="Re2Regex"/> and
/// <see cref="Re2Set"/> pool them.
/// </summary>
internal sealed partial class LazyDfa
{
    private const int Unknown = -1;
    private const int MatchFound = -2;
    private const int NoMatch = -3;
    private const int MaxTableEntries = 1 << 20;
    private const int MaxKernelEntries = 1 << 20;

    /// <summary>Contexts: what the code point before the position was.</summary>
    private const int AtStart = 0;
    private const int AfterNewline = 1;
    private const int AfterWord = 2;
    private const int AfterOther = 3;

    /// <summary>Context bits of a leftmost-first state: a match was seen, so no new match starts.</summary>
    private const int NoStarts = 4;

    /// <summary>Context bits of a leftmost-first state: a match ends where the state was entered.</summary>
    private const int MatchHere = 8;

    private readonly Prog _prog;
    private readonly Inst[] _insts;
    private readonly Alphabet _alphabet;
    private readonly bool _manyMatch;
    private readonly bool _leftmostFirst;
    private readonly bool _anchored;
    // Whether a state marks a match ending before its last byte, by state id. An array, not a List<bool>: ReadyToRun
    // does not precompile List<bool> here, and its indexer in the search loop ran unoptimised until recompiled.
    private bool[] _matchHere = new bool[64];
    private readonly int _stride;
    private readonly Dictionary<int[], int> _ids = new(KernelComparer.Instance);
    private readonly List<int[]> _keys = [];
    private readonly int[] _sparse;
    private readonly int[] _dense;
    private readonly int[] _stack;
    private readonly List<int> _next = [];
    private readonly int[] _idleStates = [-1, -1, -1, -1];
    private readonly int[] _startStates = [-1, -1, -1, -1];
    private int[] _table = [];
    private int _kernelEntries;
    private bool _reset;
    private bool _skipping;
    private long _skips;
    private long _skipped;
    private long _steps;

    /// <param name="prog">The program.</param>
    /// <param name="alphabet">The program's classes of equivalent code points.</param>
    /// <param name="manyMatch">
    /// Run a <see cref="Re2Set"/>'s program: reaching a Match does not end the search but is recorded in the
    /// next state, which then names the patterns that matched (see <see cref="MatchingPatterns"/>); also the
    /// reverse program, whose longest match gives where a match starts (see <see cref="LongestMatch"/>).
    /// </param>
    /// <param name="leftmostFirst">
    /// Find where the leftmost-first match ends (see <see cref="LeftmostFirstEnd"/>): a state's instructions are kept
    /// in priority order, a match drops the threads below it, and the search goes on until no thread is left.
    /// </param>
    /// <param name="anchored">
    /// Every search starts its one match exactly where it is asked to (a program anchored with <c>\A</c> is so anyway):
    /// no thread starts later, so a search that cannot match there stops as soon as its threads die.
    /// </param>
    public LazyDfa(Prog prog, Alphabet alphabet, bool manyMatch = false, bool leftmostFirst = false, bool anchored = false)
    {
        _leftmostFirst = leftmostFirst;
        _anchored = anchored || prog.AnchoredStart;
        _prog = prog;
        _insts = prog.Insts;
        _alphabet = alphabet;
        _manyMatch = manyMatch;
        _stride = alphabet.Count + 1;
        _sparse = new int[prog.Length];
        _dense = new int[prog.Length];
        _stack = new int[prog.Length + 1];
    }

    /// <summary>Number of times the state cache was dropped (for tests).</summary>
    public int Resets { get; private set; }

    /// <summary>The entries the state cache holds (transition table and state keys), a measure of its memory.</summary>
    public int CachedEntries => _table.Length + _kernelEntries;

    /// <summary>
    /// Where the first match to end (searching at or after <paramref name="start"/>) ends, or -1 when
    /// nothing matches. The leftmost-first match starts at or before that position.
    /// </summary>
    public int EarliestMatchEnd<TText>(TText input, int start, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        Debug.Assert(!_leftmostFirst, "a leftmost-first DFA finds the end of the leftmost-first match");
        return Search(input, start, counter);
    }

    /// <summary>
    /// Where the leftmost-first match at or after <paramref name="start"/> ends (the end the Pike VM would give),
    /// or -1 when nothing matches; for a DFA built with leftmostFirst.
    /// </summary>
    public int LeftmostFirstEnd<TText>(TText input, int start, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        Debug.Assert(_leftmostFirst, "only a leftmost-first DFA keeps its threads in priority order");
        return Search(input, start, counter);
    }

    private int Search<TText>(TText input, int start, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        _steps = 0;
        var result = Run(input, start);
        if (counter is not null)
        {
            counter.Steps += _steps;
        }

        return result;
    }

    private int Run<TText>(TText input, int start)
        where TText : IText, allows ref struct
    {
        if (!Begin(input, start, out var state))
        {
            return -1;
        }

        var pos = start;
        var table = _table;
        var stride = _stride;
        var ascii = _alphabet.AsciiClasses;
        var steps = 0L;
        var last = -1;
        while (true)
        {
            if (_skipping && _keys[state].Length == 1)
            {
                if (!SkipToCandidate(input, ref pos, ref state))
                {
                    _steps += steps;
                    return -1;
                }

                table = _table;
            }

            var c = input.AsciiAt(pos);
            int cls;
            int width;
            if (c >= 0)
            {
                cls = ascii[c];
                width = 1;
            }
            else
            {
                cls = ClassAt(input, pos, out width);
            }

            steps++;
            var target = table[(state * stride) + cls];
            if (target == Unknown)
            {
                target = Transition(state, cls);
                table = _table;
            }

            if (_leftmostFirst && target >= 0 && _matchHere[target])
            {
                last = pos;
            }

            if (target < 0 || width == 0)
            {
                _steps += steps;
                return target == MatchFound ? pos : last;
            }

            state = target;
            pos += width;
        }
    }

    /// <summary>The state to start a search in at <paramref name="start"/>; false when no match can start there.</summary>
    private bool Begin<TText>(TText input, int start, out int state)
        where TText : IText, allows ref struct
    {
        state = 0;
        if (_prog.AnchoredStart && start > 0)
        {
            return false;
        }

        _skipping = !_anchored && input.CanSkip(_prog.Prefilter);
        (_skips, _skipped) = (0, 0);
        var context = ContextOf(input.RuneBefore(start));
        state = _anchored ? StartState(context) : IdleState(context);
        return true;
    }

    /// <summary>The alphabet class of the code point at <paramref name="pos"/>; the end class past the end.</summary>
    private int ClassAt<TText>(TText input, int pos, out int width)
        where TText : IText, allows ref struct
    {
        var c = input.AsciiAt(pos);
        if (c >= 0)
        {
            width = 1;
            return _alphabet.AsciiClasses[c];
        }

        var rune = input.RuneAt(pos, out width);
        return rune < 0 ? _stride - 1 : _alphabet.ClassOf(rune);
    }

    /// <summary>
    /// From an idle state, jumps to the next position where a match can start; false when there is none.
    /// Stops skipping when candidates are so dense that looking for them costs more than it saves.
    /// </summary>
    private bool SkipToCandidate<TText>(TText input, ref int pos, ref int state)
        where TText : IText, allows ref struct
    {
        var next = input.NextCandidate(_prog.Prefilter, pos);
        if (next < 0)
        {
            return false;
        }

        _skips++;
        _skipped += next - pos;
        _skipping = _skips < 64 || _skipped >= 8 * _skips;
        if (next != pos)
        {
            pos = next;
            state = IdleState(ContextOf(input.RuneBefore(pos)));
        }

        return true;
    }

    /// <summary>Computes, caches and returns the transition of a state on a class (the last class is the end).</summary>
    private int Transition(int state, int cls)
    {
        var key = _keys[state];
        var rune = cls == _stride - 1 ? -1 : _alphabet.Representative(cls);
        var flags = Assertions.Between(RuneOfContext(key[^1] & 3), rune);
        var noStarts = (key[^1] & NoStarts) != 0;
        var count = 0;
        var matched = false;
        _next.Clear();
        for (var i = 0; i < key.Length - 1 && !matched; i++)
        {
            // Negative entries of a set's state are the patterns that matched, not instructions.
            matched = key[i] >= 0 && Closure(key[i], rune, flags, ref count);
        }

        if (!matched && !noStarts && !_anchored)
        {
            matched = Closure(_prog.Start, rune, flags, ref count);
        }

        int target;
        if (matched && (!_leftmostFirst || _next.Count == 0))
        {
            target = MatchFound;
        }
        else if ((rune < 0 && !_manyMatch && !_leftmostFirst) || (_next.Count == 0 && (rune < 0 || noStarts || _anchored)))
        {
            target = NoMatch;
        }
        else
        {
            var nextKey = _leftmostFirst ? InPriorityOrder() : Sorted();
            nextKey.Add(ContextOf(rune) | (matched ? MatchHere | NoStarts : 0) | (noStarts ? NoStarts : 0));
            _reset = false;
            target = Intern([.. nextKey]);
            if (_reset)
            {
                return target;
            }
        }

        _table[(state * _stride) + cls] = target;
        return target;
    }
}
