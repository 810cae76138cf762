namespace Rampart.Regex;

/// <summary>
/// The Pike VM: simulates the program's NFA over the input, all threads in lock step, in priority order
/// (leftmost-first, as RE2 and Go), with capture slots per thread. Time O(input × program), no backtracking.
/// One instance serves one search at a time; <see cref="Re2Regex"/> pools them.
/// </summary>
internal sealed class PikeVm
{
    private readonly Prog _prog;
    private readonly Inst[] _insts;
    private readonly int[] _initial;
    private readonly int[] _stack;
    private ThreadQueue _runq;
    private ThreadQueue _nextq;
    private readonly int _slotCount;
    private readonly int[] _matchSlots;
    private long _steps;

    /// <param name="prog">The program.</param>
    /// <param name="slotCount">How many capture slots to track: 2 for the match bounds only, or all of them.</param>
    public PikeVm(Prog prog, int slotCount)
    {
        _slotCount = slotCount;
        _prog = prog;
        _insts = prog.Insts;
        _runq = new ThreadQueue(prog.Length, slotCount);
        _nextq = new ThreadQueue(prog.Length, slotCount);
        _initial = new int[slotCount];
        _matchSlots = new int[slotCount];
        _stack = new int[2 * (prog.Length + 1)];
    }

    /// <summary>
    /// The leftmost-first match at or after <paramref name="start"/>: true with its capture slots written to
    /// <paramref name="slots"/> (as many as it holds, up to the slots tracked). When the caller knows that no
    /// match starts after <paramref name="lastStart"/>, threads stop starting there; when it knows that the
    /// match ends at <paramref name="knownEnd"/>, the search stops there.
    /// </summary>
    public bool Search<TText>(TText input, int start, int lastStart, int knownEnd, Span<int> slots, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        _steps = 0;
        var found = Run(input, start, lastStart, knownEnd);
        if (counter is not null)
        {
            counter.Steps += _steps;
            counter.VmSteps += _steps;
        }

        if (found)
        {
            _matchSlots.AsSpan(0, Math.Min(slots.Length, _slotCount)).CopyTo(slots);
        }

        return found;
    }

    private bool Run<TText>(TText input, int start, int lastStart, int knownEnd)
        where TText : IText, allows ref struct
    {
        var anchored = _prog.AnchoredStart;
        if (anchored && start > 0)
        {
            return false;
        }

        _runq.Clear();
        _nextq.Clear();
        Array.Fill(_initial, -1);
        var matched = false;
        var canSkip = input.CanSkip(_prog.Prefilter);
        var pos = start;
        var prev = input.RuneBefore(pos);
        var cur = input.RuneAt(pos, out var width);
        while (true)
        {
            if (_runq.Count == 0)
            {
                if (matched || (anchored && pos != 0) || pos > lastStart)
                {
                    break;
                }

                if (canSkip && !SkipToCandidate(input, ref pos, ref prev, ref cur, ref width))
                {
                    break;
                }
            }

            if (!matched && (!anchored || pos == 0) && pos <= lastStart)
            {
                // Add undoes its capture writes on the way back, so the slots stay all -1 between calls.
                Add(_runq, _prog.Start, pos, _initial, Assertions.Between(prev, cur));
            }

            var after = input.RuneAt(pos + width, out var afterWidth);
            var nextFlags = width > 0 ? Assertions.Between(cur, after) : EmptyFlags.None;
            matched |= Step(pos + width, cur, nextFlags);
            if (width == 0 || (matched && pos >= knownEnd))
            {
                break;
            }

            pos += width;
            prev = cur;
            cur = after;
            width = afterWidth;
            (_runq, _nextq) = (_nextq, _runq);
            _nextq.Clear();
        }

        return matched;
    }

    /// <summary>Moves to the next position where a match can start; false when there is none.</summary>
    private bool SkipToCandidate<TText>(TText input, ref int pos, ref int prev, ref int cur, ref int width)
        where TText : IText, allows ref struct
    {
        var next = input.NextCandidate(_prog.Prefilter, pos);
        if (next < 0)
        {
            return false;
        }

        if (next != pos)
        {
            pos = next;
            prev = input.RuneBefore(pos);
            cur = input.RuneAt(pos, out width);
        }

        return true;
    }

    /// <summary>Advances every thread over <paramref name="rune"/>; a match cuts off the threads below it.</summary>
    private bool Step(int nextPos, int rune, EmptyFlags nextFlags)
    {
        for (var i = 0; i < _runq.Count; i++)
        {
            if (!_runq.IsThread(i))
            {
                continue;
            }

            _steps++;
            ref readonly var inst = ref _insts[_runq.PcAt(i)];
            if (inst.Op == InstOp.Match)
            {
                Array.Copy(_runq.SlotsAt(i), _matchSlots, _matchSlots.Length);
                return true;
            }

            if (_prog.Accepts(inst, rune))
            {
                Add(_nextq, inst.Out, nextPos, _runq.SlotsAt(i), nextFlags);
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the thread at <paramref name="pc"/> and everything reachable from it without consuming input,
    /// depth first in priority order, with an explicit stack; capture writes are undone on the way back.
    /// </summary>
    private void Add(ThreadQueue queue, int pc, int pos, int[] slots, EmptyFlags flags)
    {
        var sp = 0;
        _stack[sp++] = pc;
        _stack[sp++] = 0;
        while (sp > 0)
        {
            var value = _stack[--sp];
            var target = _stack[--sp];
            if (target < 0)
            {
                slots[-1 - target] = value;
                continue;
            }

            while (target != 0 && !queue.Contains(target))
            {
                var index = queue.Add(target);
                _steps++;
                ref readonly var inst = ref _insts[target];
                switch (inst.Op)
                {
                    case InstOp.Nop:
                        target = inst.Out;
                        break;
                    case InstOp.Split:
                        _stack[sp++] = inst.Arg;
                        _stack[sp++] = 0;
                        target = inst.Out;
                        break;
                    case InstOp.Save when inst.Arg >= _slotCount:
                        target = inst.Out;
                        break;
                    case InstOp.Save:
                        _stack[sp++] = -1 - inst.Arg;
                        _stack[sp++] = slots[inst.Arg];
                        slots[inst.Arg] = pos;
                        target = inst.Out;
                        break;
                    case InstOp.Assert:
                        target = (flags & (EmptyFlags)inst.Arg) != 0 ? inst.Out : 0;
                        break;
                    case InstOp.Fail:
                        target = 0;
                        break;
                    default:
                        queue.SetThread(index, slots);
                        target = 0;
                        break;
                }
            }
        }
    }
}
