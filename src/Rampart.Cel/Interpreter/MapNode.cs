using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// A map literal. Keys must be bool, int, uint or string and distinct; entries marked optional
/// (<c>{?k: v}</c>) are included only when the value is present.
/// </summary>
internal sealed class MapNode(EvalNode[] keys, EvalNode[] values, bool[]? optional, CelSourceLocation location) : EvalNode
{
    private const long CreateCost = 30;

    public override CelValue Evaluate(EvalFrame frame)
    {
        frame.Charge(CreateCost);
        var keyValues = new List<CelValue>(keys.Length);
        var valueValues = new List<CelValue>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i].Evaluate(frame);
            if (key is CelError)
            {
                return key;
            }

            if (key is not (CelString or CelInt or CelUInt or CelBool))
            {
                return new CelError($"unsupported key type: {key.Type.Name}", location);
            }

            var value = values[i].Evaluate(frame);
            if (value is CelError)
            {
                return value;
            }

            if (optional is not null && optional[i])
            {
                if (value is not CelOptional opt)
                {
                    return new CelError($"optional map entry must be an optional, not '{value.Type.Name}'", location);
                }

                if (!opt.HasValue)
                {
                    continue;
                }

                value = opt.Value;
            }

            keyValues.Add(key);
            valueValues.Add(value);
        }

        var map = CelDictionaryMap.TryCreate([.. keyValues], [.. valueValues], out var duplicate);
        return map is not null ? map : new CelError($"Failed with repeated key: {CelDisplay.Format(duplicate!)}", location);
    }
}
