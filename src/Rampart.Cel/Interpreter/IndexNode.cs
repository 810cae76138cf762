using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// <c>a[i]</c> on lists (int index; uint and integral double are accepted as equal numbers) and maps; on an
/// optional it chains like <c>a[?i]</c>. With <see cref="optional"/> it is <c>a[?i]</c>. With
/// <paramref name="goMapKeys"/> (the Kubernetes environment) a map is indexed by any value but bytes, as cel-go
/// indexes its Go map; otherwise by bool, int, uint, double and string only.
/// </summary>
internal sealed class IndexNode(EvalNode operand, EvalNode index, bool optional, CelSourceLocation location, bool goMapKeys = false) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var container = operand.Evaluate(frame);
        if (container is CelError)
        {
            return container;
        }

        var key = index.Evaluate(frame);
        if (key is CelError)
        {
            return key;
        }

        frame.Charge(1);
        if (container is CelOptional opt)
        {
            return opt.HasValue ? Lookup(opt.Value, key, wrap: true) : opt;
        }

        return Lookup(container, key, optional);
    }

    private CelValue Lookup(CelValue container, CelValue key, bool wrap)
    {
        switch (container)
        {
            case CelList list:
                if (!TryListIndex(key, out var i))
                {
                    return new CelError($"unsupported index type '{key.Type.Name}' for list", location);
                }

                if (i < 0 || i >= list.Count)
                {
                    return wrap ? CelOptional.None : new CelError($"index out of range: {i}", location);
                }

                return wrap ? CelOptional.Of(list[(int)i]) : list[(int)i];
            case CelMap map:
                if (goMapKeys ? key is CelBytes : key is not (CelString or CelInt or CelUInt or CelBool or CelDouble))
                {
                    return new CelError($"unsupported key type '{key.Type.Name}'", location);
                }

                if (map.TryGetValue(key, out var found))
                {
                    return wrap ? CelOptional.Of(found) : found;
                }

                return wrap ? CelOptional.None : new CelError($"no such key: {CelDisplay.Format(key)}", location);
            default:
                return new CelError($"no such overload: {container.Type.Name}[{key.Type.Name}]", location);
        }
    }

    private static bool TryListIndex(CelValue key, out long index)
    {
        switch (key)
        {
            case CelInt i:
                index = i.Value;
                return true;
            case CelUInt u:
                index = u.Value > long.MaxValue ? long.MaxValue : (long)u.Value;
                return true;
            case CelDouble d when Math.Truncate(d.Value) == d.Value && Math.Abs(d.Value) < 9.2e18:
                index = (long)d.Value;
                return true;
            default:
                index = 0;
                return false;
        }
    }
}
