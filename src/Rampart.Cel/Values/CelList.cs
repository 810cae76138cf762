namespace Rampart.Cel.Values;

/// <summary>
/// A CEL list. Subclass it to present a host's sequence without copying: implement <see cref="Count"/> and
/// the indexer; return a <see cref="CelError"/> from the indexer for an element that cannot be converted.
/// </summary>
public abstract class CelList : CelValue
{
    public static CelList Empty { get; } = new CelArrayList([]);

    public abstract int Count { get; }

    /// <summary>The element at <paramref name="index"/> (0 &lt;= index &lt; <see cref="Count"/>).</summary>
    public abstract CelValue this[int index] { get; }

    public override CelType Type => CelType.ListOfDyn;

    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static CelList Of(params ReadOnlySpan<CelValue> items) => items.IsEmpty ? Empty : new CelArrayList(items.ToArray());

    /// <summary>A list over <paramref name="items"/> without a copy: the caller must not change the array afterwards.</summary>
    public static CelList Wrap(CelValue[] items) => items.Length == 0 ? Empty : new CelArrayList(items);

    public override bool CelEquals(CelValue other)
    {
        var work = 0L;
        return CelEquality.Equals(this, other, ref work);
    }

    public override int CelHashCode()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(this[i].CelHashCode());
        }

        return hash.ToHashCode();
    }

    public override string ToString() => CelDisplay.Format(this);
}
