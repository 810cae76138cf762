namespace Rampart.Regex;

internal sealed partial class LazyDfa
{
    /// <summary>The state with no thread in progress after the given context (the unanchored start).</summary>
    private int IdleState(int context)
    {
        var id = _idleStates[context];
        if (id < 0)
        {
            id = Intern([], context);
            _idleStates[context] = id;
        }

        return id;
    }

    /// <summary>The state of a search anchored where it starts, after the given context: the program's first instruction alone.</summary>
    private int StartState(int context)
    {
        var id = _startStates[context];
        if (id < 0)
        {
            id = Intern([_prog.Start], context);
            _startStates[context] = id;
        }

        return id;
    }

    private int Intern(int[] pcs, int context)
    {
        var key = new int[pcs.Length + 1];
        pcs.CopyTo(key, 0);
        key[^1] = context;
        return Intern(key);
    }

    /// <summary>The id of the state with this key, adding it (and dropping the cache when full) if new.</summary>
    private int Intern(int[] key)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        id = _keys.Count;
        if (((long)(id + 1) * _stride) > MaxTableEntries || _kernelEntries + key.Length > MaxKernelEntries)
        {
            _ids.Clear();
            _keys.Clear();
            _kernelEntries = 0;
            Array.Fill(_idleStates, -1);
            Array.Fill(_startStates, -1);
            _reportedIn.Clear();
            Array.Clear(_matchHere);
            _reset = true;
            Resets++;
            id = 0;
        }

        var needed = (id + 1) * _stride;
        if (needed > _table.Length)
        {
            var grown = new int[Math.Max(needed, Math.Min(MaxTableEntries, _table.Length * 2))];
            _table.AsSpan().CopyTo(grown);
            grown.AsSpan(_table.Length).Fill(Unknown);
            _table = grown;
        }

        _table.AsSpan(id * _stride, _stride).Fill(Unknown);
        _ids[key] = id;
        _keys.Add(key);
        _reportedIn.Add(0);
        if (id == _matchHere.Length)
        {
            Array.Resize(ref _matchHere, 2 * _matchHere.Length);
        }

        _matchHere[id] = (key[^1] & MatchHere) != 0;
        _kernelEntries += key.Length;
        return id;
    }

    /// <summary>
    /// Follows the empty transitions from <paramref name="pc"/> under <paramref name="flags"/>, collecting the
    /// successors of the instructions that accept <paramref name="rune"/>. Returns true on reaching a match;
    /// for a set, collects the pattern of each Match reached (as -1 - pattern) and goes on.
    /// </summary>
    private bool Closure(int pc, int rune, EmptyFlags flags, ref int count)
    {
        var sp = 0;
        _stack[sp++] = pc;
        while (sp > 0)
        {
            var target = _stack[--sp];
            while (target != 0 && !Visited(target, ref count))
            {
                _steps++;
                ref readonly var inst = ref _insts[target];
                switch (inst.Op)
                {
                    case InstOp.Match when !_manyMatch:
                        return true;
                    case InstOp.Match:
                        _next.Add(-1 - inst.Arg);
                        target = 0;
                        break;
                    case InstOp.Split:
                        _stack[sp++] = inst.Arg;
                        target = inst.Out;
                        break;
                    case InstOp.Nop or InstOp.Save:
                        target = inst.Out;
                        break;
                    case InstOp.Assert:
                        target = (flags & (EmptyFlags)inst.Arg) != 0 ? inst.Out : 0;
                        break;
                    default:
                        if (_prog.Accepts(inst, rune))
                        {
                            _next.Add(inst.Out);
                        }

                        target = 0;
                        break;
                }
            }
        }

        return false;
    }

    private bool Visited(int pc, ref int count)
    {
        var index = _sparse[pc];
        if ((uint)index < (uint)count && _dense[index] == pc)
        {
            return true;
        }

        _sparse[pc] = count;
        _dense[count++] = pc;
        return false;
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
}
