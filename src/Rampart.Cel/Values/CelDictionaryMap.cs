namespace Rampart.Cel.Values;

/// <summary>
/// The engine's own map: keys and values in insertion order, with a hash index past a few entries.
/// Immutable once built.
/// </summary>
internal sealed class CelDictionaryMap : CelMap
{
    private const int IndexThreshold = 8;
    private readonly CelValue[] keys;
    private readonly CelValue[] values;
    private readonly Dictionary<CelValue, int>? index;

    private CelDictionaryMap(CelValue[] keys, CelValue[] values, Dictionary<CelValue, int>? index)
    {
        this.keys = keys;
        this.values = values;
        this.index = index;
    }

    public override int Count => keys.Length;

    public override IEnumerable<CelValue> Keys => keys;

    internal ReadOnlySpan<CelValue> KeySpan => keys;

    internal ReadOnlySpan<CelValue> ValueSpan => values;

    /// <summary>Builds a map; null with <paramref name="duplicate"/> set when a key repeats.</summary>
    public static CelDictionaryMap? TryCreate(CelValue[] keys, CelValue[] values, out CelValue? duplicate)
    {
        duplicate = null;
        if (keys.Length > IndexThreshold)
        {
            var index = new Dictionary<CelValue, int>(keys.Length, CelValueComparer.Instance);
            for (var i = 0; i < keys.Length; i++)
            {
                if (!index.TryAdd(keys[i], i))
                {
                    duplicate = keys[i];
                    return null;
                }
            }

            return new CelDictionaryMap(keys, values, index);
        }

        for (var i = 1; i < keys.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (keys[i].CelEquals(keys[j]))
                {
                    duplicate = keys[i];
                    return null;
                }
            }
        }

        return new CelDictionaryMap(keys, values, null);
    }

    /// <summary>Builds a map whose keys the caller knows to be distinct.</summary>
    public static CelDictionaryMap CreateUnchecked(CelValue[] keys, CelValue[] values)
    {
        Dictionary<CelValue, int>? index = null;
        if (keys.Length > IndexThreshold)
        {
            index = new Dictionary<CelValue, int>(keys.Length, CelValueComparer.Instance);
            for (var i = 0; i < keys.Length; i++)
            {
                index[keys[i]] = i;
            }
        }

        return new CelDictionaryMap(keys, values, index);
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (index is not null)
        {
            if (index.TryGetValue(key, out var at))
            {
                value = values[at];
                return true;
            }
        }
        else if (key is CelString s)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is CelString k && string.Equals(k.Value, s.Value, StringComparison.Ordinal))
                {
                    value = values[i];
                    return true;
                }
            }
        }
        else
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i].CelEquals(key))
                {
                    value = values[i];
                    return true;
                }
            }
        }

        value = null!;
        return false;
    }
}
