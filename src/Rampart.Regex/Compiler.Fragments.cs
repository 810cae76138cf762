namespace Rampart.Regex;

internal sealed partial class Compiler
{
    private int Emit(InstOp op, int arg)
    {
        if (_count == _insts.Length)
        {
            Array.Resize(ref _insts, _insts.Length * 2);
        }

        _insts[_count] = new Inst(op, arg);
        if (_count > _maxInsts)
        {
            Failure ??= Re2ErrorCode.PatternTooLarge;
        }

        return _count++;
    }

    private Frag Consumer(InstOp op, int arg)
    {
        var pc = Emit(op, arg);
        return new Frag(pc, PatchList.OutOf(pc), false);
    }

    private Frag Nop()
    {
        var pc = Emit(InstOp.Nop, 0);
        return new Frag(pc, PatchList.OutOf(pc), true);
    }

    private Frag Save(int slot)
    {
        var pc = Emit(InstOp.Save, slot);
        return new Frag(pc, PatchList.OutOf(pc), true);
    }

    private Frag Cat(Frag first, Frag second)
    {
        if (first.Start == 0 || second.Start == 0)
        {
            return default;
        }

        Patch(first.Out, second.Start);
        return new Frag(first.Start, second.Out, first.Nullable && second.Nullable);
    }

    private Frag Alt(Frag first, Frag second)
    {
        if (first.Start == 0)
        {
            return second;
        }

        if (second.Start == 0)
        {
            return first;
        }

        var pc = Emit(InstOp.Split, second.Start);
        _insts[pc].Out = first.Start;
        return new Frag(pc, Append(first.Out, second.Out), first.Nullable || second.Nullable);
    }

    private Frag Quest(Frag body, bool greedy)
    {
        var pc = Emit(InstOp.Split, 0);
        if (greedy)
        {
            _insts[pc].Out = body.Start;
            return new Frag(pc, Append(body.Out, PatchList.ArgOf(pc)), true);
        }

        _insts[pc].Arg = body.Start;
        return new Frag(pc, Append(PatchList.OutOf(pc), body.Out), true);
    }

    /// <summary>x*: a loop; for a nullable x, (x+)? so that priorities stay right (as RE2 does).</summary>
    private Frag Star(Frag body, bool greedy)
    {
        if (body.Nullable)
        {
            return Quest(Plus(body, greedy), greedy);
        }

        var loop = Loop(body, greedy);
        return new Frag(loop.Pc, loop.Exit, true);
    }

    private Frag Plus(Frag body, bool greedy)
    {
        if (body.Start == 0)
        {
            return default;
        }

        var loop = Loop(body, greedy);
        return new Frag(body.Start, loop.Exit, body.Nullable);
    }

    /// <summary>A split after the body that goes back to it (greedy: first) or on.</summary>
    private (int Pc, PatchList Exit) Loop(Frag body, bool greedy)
    {
        var pc = Emit(InstOp.Split, 0);
        PatchList exit;
        if (greedy)
        {
            _insts[pc].Out = body.Start;
            exit = PatchList.ArgOf(pc);
        }
        else
        {
            _insts[pc].Arg = body.Start;
            exit = PatchList.OutOf(pc);
        }

        if (body.Start != 0)
        {
            Patch(body.Out, pc);
        }

        return (pc, exit);
    }

    private void Patch(PatchList list, int target)
    {
        var entry = list.Head;
        while (entry != 0)
        {
            ref var inst = ref _insts[entry >> 1];
            if ((entry & 1) == 0)
            {
                entry = inst.Out;
                inst.Out = target;
            }
            else
            {
                entry = inst.Arg;
                inst.Arg = target;
            }
        }
    }

    private PatchList Append(PatchList first, PatchList second)
    {
        if (first.IsEmpty)
        {
            return second;
        }

        if (second.IsEmpty)
        {
            return first;
        }

        ref var tail = ref _insts[first.Tail >> 1];
        if ((first.Tail & 1) == 0)
        {
            tail.Out = second.Head;
        }
        else
        {
            tail.Arg = second.Head;
        }

        return new PatchList(first.Head, second.Tail);
    }
}
