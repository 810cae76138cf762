namespace Rampart.Regex;

/// <summary>
/// The groups of a match whose bounds are known, found as RE2's BitState does: a depth-first search of the program
/// from the match's start, in priority order, that never visits an (instruction, position) pair twice (a bit per
/// pair), so it costs at most program × match length steps, with no backtracking blow-up. The first path to reach a
/// match is the highest-priority one, the one the Pike VM keeps, so the groups are the same; and capture slots are
/// written and undone along the one path instead of copied for every thread at every position, which is what made
/// the Pike VM the costly part of capturing. Only for short texts (<see cref="Fits"/>): the bit set grows with the
/// product. One instance serves one search at a time; <see cref="Re2Regex"/> pools them.
/// </summary>
internal sealed class BitState(Prog prog)
{
    /// <summary>The most (instruction, position) bits a search may need: 32 KB of bits, as RE2 allows.</summary>
    public const int MaxBits = 256 * 1024;

    private readonly Inst[] _insts = prog.Insts;
    private ulong[] _visited = [];
    private int[] _jobs = new int[64];
    private long _steps;

    /// <summary>Whether a match of <paramref name="length"/> units fits the bit set.</summary>
    public static bool Fits(Prog prog, int length) => (long)prog.Length * (length + 1) <= MaxBits;

    /// <summary>
    /// The capture slots of the highest-priority path from <paramref name="start"/> that reaches a match within
    /// <paramref name="end"/>, written to <paramref name="slots"/> (all -1 on entry); false when there is none.
    /// </summary>
    public bool Search<TText>(TText input, int start, int end, Span<int> slots, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        var width = end - start + 1;
        var words = (int)((((long)_insts.Length * width) + 63) / 64);
        if (_visited.Length < words)
        {
            _visited = new ulong[Math.Max(words, Math.Min(2 * _visited.Length, MaxBits / 64))];
        }
        else
        {
            Array.Clear(_visited, 0, words);
        }

        _steps = 0;
        var found = Run(input, start, end, width, slots);
        if (counter is not null)
        {
            counter.Steps += _steps;
            counter.VmSteps += _steps;
        }

        return found;
    }

    private bool Run<TText>(TText input, int start, int end, int width, Span<int> slots)
        where TText : IText, allows ref struct
    {
        // A job is (pc, pos) to explore, or (-1 - slot, old value) to restore a capture slot on the way back.
        var sp = 0;
        Push(ref sp, prog.Start, start);
        while (sp > 0)
        {
            sp -= 2;
            var target = _jobs[sp];
            var pos = _jobs[sp + 1];
            if (target < 0)
            {
                slots[-1 - target] = pos;
                continue;
            }

            while (target != 0)
            {
                var bit = ((long)target * width) + (pos - start);
                ref var word = ref _visited[bit >> 6];
                var mask = 1UL << (int)(bit & 63);
                if ((word & mask) != 0)
                {
                    break;
                }

                word |= mask;
                _steps++;
                ref readonly var inst = ref _insts[target];
                switch (inst.Op)
                {
                    case InstOp.Nop:
                        target = inst.Out;
                        break;
                    case InstOp.Split:
                        Push(ref sp, inst.Arg, pos);
                        target = inst.Out;
                        break;
                    case InstOp.Save when inst.Arg >= slots.Length:
                        target = inst.Out;
                        break;
                    case InstOp.Save:
                        Push(ref sp, -1 - inst.Arg, slots[inst.Arg]);
                        slots[inst.Arg] = pos;
                        target = inst.Out;
                        break;
                    case InstOp.Assert:
                        var flags = Assertions.Between(input.RuneBefore(pos), input.RuneAt(pos, out _));
                        target = (flags & (EmptyFlags)inst.Arg) != 0 ? inst.Out : 0;
                        break;
                    case InstOp.Match:
                        return true;
                    case InstOp.Fail:
                        target = 0;
                        break;
                    default:
                        var rune = input.RuneAt(pos, out var runeWidth);
                        if (runeWidth > 0 && pos + runeWidth <= end && prog.Accepts(inst, rune))
                        {
                            pos += runeWidth;
                            target = inst.Out;
                        }
                        else
                        {
                            target = 0;
                        }

                        break;
                }
            }
        }

        return false;
    }

    private void Push(ref int sp, int target, int value)
    {
        if (sp + 2 > _jobs.Length)
        {
            Array.Resize(ref _jobs, _jobs.Length * 2);
        }

        _jobs[sp++] = target;
        _jobs[sp++] = value;
    }
}
