using System.Collections;
using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates.Execution;

internal sealed partial class State
{
    private void WalkRange(Value dot, BranchNode r)
    {
        At(r);
        var outer = vars.Count;
        try
        {
            var (val, _) = Indirect(EvalPipeline(dot, r.Pipe));
            var mark = vars.Count;
            var ran = val.Kind switch
            {
                GoKind.Slice or GoKind.Array => RangeList(r, val, mark),
                GoKind.Map => RangeMap(r, val, mark),
                >= GoKind.Int and <= GoKind.Uintptr => RangeInt(r, val, mark),
                GoKind.Invalid => false,
                GoKind.String => throw Error($"range can't iterate over {GoFormat.ToString(val.Data)}"),
                _ => throw Error($"range can't iterate over {GoFormat.ToString(val.Data)}"),
            };
            if (!ran && r.ElseList is not null)
            {
                Walk(dot, r.ElseList);
            }
        }
        finally
        {
            Pop(outer);
        }
    }

    private bool RangeList(BranchNode r, Value val, int mark)
    {
        var list = GoReflect.AsList(val.Data);
        if (list is null || list.Count == 0)
        {
            return false;
        }

        var elemType = val.Type!.Elem ?? GoTypes.Any;
        for (var i = 0; i < list.Count; i++)
        {
            if (OneIteration(r, new Value(GoTypes.Int, (long)i), new Value(elemType, list[i], true), mark) == Flow.Break)
            {
                break;
            }
        }

        return true;
    }

    private bool RangeMap(BranchNode r, Value val, int mark)
    {
        if (val.Data is not IDictionary map || map.Count == 0)
        {
            return false;
        }

        var keys = new string[map.Count];
        map.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        var elemType = val.Type!.Elem ?? GoTypes.Any;
        var keyType = val.Type.Key ?? GoTypes.String;
        var goMap = val.Data as GoMap;
        foreach (var key in keys)
        {
            var elem = new Value(elemType, map[key], false, goMap?.OriginOf(key));
            if (OneIteration(r, new Value(keyType, key), elem, mark) == Flow.Break)
            {
                break;
            }
        }

        return true;
    }

    private bool RangeInt(BranchNode r, Value val, int mark)
    {
        if (r.Pipe.Decl.Count > 1)
        {
            throw Error($"can't use {GoFormat.ToString(val.Data)} to iterate over more than one variable");
        }

        var n = val.Data switch
        {
            long l => l,
            GoNumber g => g.Int,
            _ => 0,
        };
        for (long i = 0; i < n; i++)
        {
            var v = val.Data is GoNumber g ? new Value(val.Type, GoNumber.Signed(g.GoType, i)) : new Value(val.Type, i);
            if (OneIteration(r, v, v, mark) == Flow.Break)
            {
                break;
            }
        }

        return n > 0;
    }

    private Flow OneIteration(BranchNode r, Value index, Value elem, int mark)
    {
        Step();
        var decl = r.Pipe.Decl;
        if (decl.Count > 0)
        {
            if (r.Pipe.IsAssign)
            {
                SetVar(decl[0].Ident[0], decl.Count > 1 ? index : elem);
            }
            else
            {
                SetTopVar(1, elem);
            }
        }

        if (decl.Count > 1)
        {
            if (r.Pipe.IsAssign)
            {
                SetVar(decl[1].Ident[0], elem);
            }
            else
            {
                SetTopVar(2, index);
            }
        }

        try
        {
            return Walk(elem, r.List);
        }
        finally
        {
            Pop(mark);
        }
    }
}
