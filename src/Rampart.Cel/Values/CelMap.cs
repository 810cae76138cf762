namespace Rampart.Cel.Values;

/// <summary>
/// A CEL map. Subclass it to present a host's mapping without copying: implement <see cref="Count"/>,
/// <see cref="TryGetValue"/> and <see cref="Keys"/>. Keys are bool, int, uint or string values; a lookup
/// with a key of another type simply finds nothing. Field selection (<c>m.name</c>) calls
/// <see cref="TryGetValue"/> with a <see cref="CelString"/> key that the compiled program holds, so a
/// lookup by string need not allocate.
/// </summary>
public abstract class CelMap : CelValue
{
    public static CelMap Empty { get; } = CelDictionaryMap.CreateUnchecked([], []);

    public abstract int Count { get; }

    /// <summary>The keys, in the map's own order (for literals: source order).</summary>
    public abstract IEnumerable<CelValue> Keys { get; }

    public override CelType Type => CelType.MapOfDyn;

    /// <summary>
    /// A map of <paramref name="entries"/>; with a repeated key, the last entry wins. Int, uint and integral
    /// double keys that are numerically equal are the same key.
    /// </summary>
    public static CelMap Of(IEnumerable<KeyValuePair<CelValue, CelValue>> entries)
    {
        var keys = new List<CelValue>();
        var values = new List<CelValue>();
        var seen = new Dictionary<CelValue, int>(CelValueComparer.Instance);
        foreach (var (key, value) in entries)
        {
            if (seen.TryGetValue(key, out var at))
            {
                values[at] = value;
                continue;
            }

            seen[key] = keys.Count;
            keys.Add(key);
            values.Add(value);
        }

        return CelDictionaryMap.CreateUnchecked([.. keys], [.. values]);
    }

    /// <summary>Looks up <paramref name="key"/>; false when the map has no such key.</summary>
    public abstract bool TryGetValue(CelValue key, out CelValue value);

    /// <summary>Whether the map has <paramref name="key"/>. Override it when a lookup makes the value (a host's adapter wrapping its child): <c>has()</c> and <c>in</c> need only the answer.</summary>
    public virtual bool ContainsKey(CelValue key) => TryGetValue(key, out _);

    public override bool CelEquals(CelValue other)
    {
        var work = 0L;
        return CelEquality.Equals(this, other, ref work);
    }

    public override int CelHashCode()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var hash = 0;
        foreach (var key in Keys)
        {
            var valueHash = TryGetValue(key, out var value) ? value.CelHashCode() : 0;
            hash += HashCode.Combine(key.CelHashCode(), valueHash);
        }

        return hash;
    }

    public override string ToString() => CelDisplay.Format(this);
}
