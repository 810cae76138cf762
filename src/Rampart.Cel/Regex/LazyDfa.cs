namespace Rampart.Cel.Regex;

/// <summary>
/// A DFA built lazily from the program while it runs, for "is there a match?" without captures. A state is
/// the set of instructions the NFA would be at plus what precedes the position (start of text, newline,
/// word or other code point), which with the next code point decides the empty-width assertions. Each
/// transition is computed once, in O(program), then cached; when the cache outgrows its budget it is
/// dropped and rebuilt, so the time stays O(input × program) at worst and is O(input) once warm.
/// One instance serves one search at a time; <see cref="Re2Regex"/> pools them.
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

    private readonly Prog _prog;
    private readonly Inst[] _insts;
    private readonly Alphabet _alphabet;
    private readonly int _stride;
    private readonly Dictionary<int[], int> _ids = new(KernelComparer.Instance);
    private readonly List<int[]> _keys = [];
    private readonly int[] _sparse;
    private readonly int[] _dense;
    private readonly int[] _stack;
    private readonly List<int> _next = [];
    private int[] _table = [];
    private int _kernelEntries;
    private bool _reset;
    private long _steps;

    public LazyDfa(Prog prog, Alphabet alphabet)
    {
        _prog = prog;
        _insts = prog.Insts;
        _alphabet = alphabet;
        _stride = alphabet.Count + 1;
        _sparse = new int[prog.Length];
        _dense = new int[prog.Length];
        _stack = new int[prog.Length + 1];
    }

    /// <summary>Number of times the state cache was dropped (for tests).</summary>
    public int Resets { get; private set; }

    /// <summary>Whether some substring of <paramref name="input"/> at or after <paramref name="start"/> matches.</summary>
    public bool IsMatch(string input, int start, StepCounter? counter)
    {
        _steps = 0;
        var result = Run(input, start);
        if (counter is not null)
        {
            counter.Steps += _steps;
        }

        return result;
    }

    private bool Run(string input, int start)
    {
        var anchored = _prog.AnchoredStart;
        if (anchored && start > 0)
        {
            return false;
        }

        var canSkip = _prog.CanSkip;
        var pos = start;
        var state = Intern(anchored ? [_prog.Start] : [], ContextOf(TextCursor.RuneBefore(input, pos)));
        while (true)
        {
            if (canSkip && _keys[state].Length == 1)
            {
                var next = _prog.NextCandidate(input, pos);
                if (next < 0)
                {
                    return false;
                }

                if (next != pos)
                {
                    pos = next;
                    state = Intern([], ContextOf(TextCursor.RuneBefore(input, pos)));
                }
            }

            var rune = TextCursor.RuneAt(input, pos, out var width);
            var cls = rune < 0 ? _stride - 1 : _alphabet.ClassOf(rune);
            _steps++;
            var target = _table[(state * _stride) + cls];
            if (target == Unknown)
            {
                target = Transition(state, cls);
            }

            if (target == MatchFound)
            {
                return true;
            }

            if (target == NoMatch || width == 0)
            {
                return false;
            }

            state = target;
            pos += width;
        }
    }

    private static int ContextOf(int rune) => rune switch
    {
        < 0 => AtStart,
        '\n' => AfterNewline,
        _ when NamedClasses.IsWordRune(rune) => AfterWord,
        _ => AfterOther,
    };

    private static int RuneOfContext(int context) => context switch
    {
        AtStart => -1,
        AfterNewline => '\n',
        AfterWord => 'a',
        _ => ' ',
    };

    /// <summary>Computes, caches and returns the transition of a state on a class (the last class is the end).</summary>
    private int Transition(int state, int cls)
    {
        var key = _keys[state];
        var rune = cls == _stride - 1 ? -1 : _alphabet.Representative(cls);
        var flags = TextCursor.FlagsBetween(RuneOfContext(key[^1]), rune);
        var count = 0;
        var matched = false;
        _next.Clear();
        for (var i = 0; i < key.Length - 1 && !matched; i++)
        {
            matched = Closure(key[i], rune, flags, ref count);
        }

        if (!matched && !_prog.AnchoredStart)
        {
            matched = Closure(_prog.Start, rune, flags, ref count);
        }

        int target;
        if (matched)
        {
            target = MatchFound;
        }
        else if (rune < 0 || (_next.Count == 0 && _prog.AnchoredStart))
        {
            target = NoMatch;
        }
        else
        {
            _next.Sort();
            var nextKey = new List<int>(_next.Count + 1);
            foreach (var pc in _next)
            {
                if (nextKey.Count == 0 || nextKey[^1] != pc)
                {
                    nextKey.Add(pc);
                }
            }

            nextKey.Add(ContextOf(rune));
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
