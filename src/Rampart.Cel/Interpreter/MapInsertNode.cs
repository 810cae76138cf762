using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The step of <c>transformMap</c>: the accumulator map with one more entry, added in place when the
/// accumulator is the comprehension's own <see cref="CelMapBuilder"/>. Without a value node (the step of
/// <c>transformMapEntry</c>) the key node makes a map whose entries are all inserted.
/// </summary>
internal sealed class MapInsertNode(EvalNode map, EvalNode key, EvalNode? value, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var m = map.Evaluate(frame);
        if (m is not CelMap accumulator)
        {
            return m is CelError ? m : new CelError("no such overload: cel.@mapInsert", location);
        }

        var k = key.Evaluate(frame);
        if (k is CelError)
        {
            return k;
        }

        if (value is null)
        {
            return InsertAll(accumulator, k, frame);
        }

        var v = value.Evaluate(frame);
        if (v is CelError)
        {
            return v;
        }

        return Insert(accumulator, k, v, frame);
    }

    private CelValue InsertAll(CelMap accumulator, CelValue entries, EvalFrame frame)
    {
        if (entries is not CelMap added)
        {
            return new CelError("no such overload: cel.@mapInsert", location);
        }

        CelValue result = accumulator;
        foreach (var k in added.Keys)
        {
            added.TryGetValue(k, out var v);
            result = Insert((CelMap)result, k, v, frame);
            if (result is CelError)
            {
                return result;
            }
        }

        return result;
    }

    private CelValue Insert(CelMap accumulator, CelValue k, CelValue v, EvalFrame frame)
    {
        frame.Charge(1);
        if (accumulator is CelMapBuilder builder)
        {
            return builder.TryAdd(k, v) ? builder : AlreadyExists(k);
        }

        if (accumulator.ContainsKey(k))
        {
            return AlreadyExists(k);
        }

        var entries = new List<KeyValuePair<CelValue, CelValue>>(accumulator.Count + 1);
        foreach (var existing in accumulator.Keys)
        {
            accumulator.TryGetValue(existing, out var existingValue);
            entries.Add(new(existing, existingValue));
        }

        entries.Add(new(k, v));
        return CelMap.Of(entries);
    }

    private CelError AlreadyExists(CelValue key) => new($"insert failed: key {CelDisplay.Format(key)} already exists", location);
}
