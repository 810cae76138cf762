using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// A map literal. Keys must be bool, int, uint or string; a repeated key keeps its last value, as in cel-go, which
/// the Kubernetes API server runs (cel-spec asks for an error). Entries marked optional (<c>{?k: v}</c>) are
/// included only when the value is present. With <paramref name="goKeys"/> (the Kubernetes environment) the keys
/// are cel-go's (<see cref="CelGoKeyMap"/>): any value but bytes, distinct across types, and an optional entry
/// without a value removes the same key entered before it.
/// </summary>
internal sealed class MapNode(EvalNode[] keys, EvalNode[] values, bool[]? optional, CelSourceLocation location, bool goKeys = false) : EvalNode
{
    private const long CreateCost = 30;

    public override CelValue Evaluate(EvalFrame frame)
    {
        frame.Charge(CreateCost);
        var keyValues = new List<CelValue>(keys.Length);
        var valueValues = new List<CelValue?>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i].Evaluate(frame);
            if (key is CelError)
            {
                return key;
            }

            if (goKeys ? key is CelBytes : key is not (CelString or CelInt or CelUInt or CelBool))
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
                    if (goKeys)
                    {
                        keyValues.Add(key);
                        valueValues.Add(null);
                    }

                    continue;
                }

                value = opt.Value;
            }

            keyValues.Add(key);
            valueValues.Add(value);
        }

        if (goKeys)
        {
            return CelGoKeyMap.Create(keyValues, valueValues);
        }

        return CelDictionaryMap.TryCreate([.. keyValues], [.. valueValues!], out _) ?? LastValueWins(keyValues, valueValues!);
    }

    private static CelDictionaryMap LastValueWins(List<CelValue> keyValues, List<CelValue> valueValues)
    {
        var positions = new Dictionary<CelValue, int>(CelValueComparer.Instance);
        var distinctKeys = new List<CelValue>(keyValues.Count);
        var lastValues = new List<CelValue>(keyValues.Count);
        for (var i = 0; i < keyValues.Count; i++)
        {
            if (positions.TryGetValue(keyValues[i], out var at))
            {
                lastValues[at] = valueValues[i];
                continue;
            }

            positions[keyValues[i]] = distinctKeys.Count;
            distinctKeys.Add(keyValues[i]);
            lastValues.Add(valueValues[i]);
        }

        return CelDictionaryMap.TryCreate([.. distinctKeys], [.. lastValues], out _)!;
    }
}
