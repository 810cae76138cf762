namespace Rampart.Cel.Values;

/// <summary>
/// A map literal of the Kubernetes environment, keyed as cel-go keys it (<see cref="GoKeyComparer"/>): any value
/// but bytes is a key, a key of one type never replaces a key of another, and a lookup that finds no key of its
/// own type tries the equal number of the other types as cel-go does: a double as an int then a uint, an int as a
/// uint, a uint as an int, each only when the conversion is exact. An int never finds a double key.
/// </summary>
internal sealed class CelGoKeyMap : CelMap
{
    private readonly List<CelValue> keys;
    private readonly Dictionary<CelValue, CelValue> entries;

    private CelGoKeyMap(List<CelValue> keys, Dictionary<CelValue, CelValue> entries)
    {
        this.keys = keys;
        this.entries = entries;
    }

    public override int Count => keys.Count;

    public override IEnumerable<CelValue> Keys => keys;

    /// <summary>
    /// The map of the entries in order; a repeated key keeps its first position and its last value. A null value
    /// removes the key entered before it, as cel-go does for an optional entry without a value (<c>{?k: none}</c>).
    /// </summary>
    public static CelGoKeyMap Create(IReadOnlyList<CelValue> keyValues, IReadOnlyList<CelValue?> valueValues)
    {
        var keys = new List<CelValue>(keyValues.Count);
        var entries = new Dictionary<CelValue, CelValue>(keyValues.Count, GoKeyComparer.Instance);
        for (var i = 0; i < keyValues.Count; i++)
        {
            if (valueValues[i] is not { } entryValue)
            {
                if (entries.Remove(keyValues[i]))
                {
                    keys.RemoveAt(keys.FindIndex(k => GoKeyComparer.Instance.Equals(k, keyValues[i])));
                }

                continue;
            }

            if (entries.TryAdd(keyValues[i], entryValue))
            {
                keys.Add(keyValues[i]);
            }
            else
            {
                entries[keyValues[i]] = entryValue;
            }
        }

        return new CelGoKeyMap(keys, entries);
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (entries.TryGetValue(key, out value!))
        {
            return true;
        }

        switch (key)
        {
            case CelDouble d when Math.Truncate(d.Value) == d.Value:
                if (d.Value >= -9223372036854775808.0 && d.Value < 9223372036854775808.0
                    && entries.TryGetValue(CelInt.Of((long)d.Value), out value!))
                {
                    return true;
                }

                return d.Value >= 0 && d.Value < 18446744073709551616.0 && entries.TryGetValue(CelUInt.Of((ulong)d.Value), out value!);
            case CelInt i when i.Value >= 0:
                return entries.TryGetValue(CelUInt.Of((ulong)i.Value), out value!);
            case CelUInt u when u.Value <= long.MaxValue:
                return entries.TryGetValue(CelInt.Of((long)u.Value), out value!);
            default:
                return false;
        }
    }
}
