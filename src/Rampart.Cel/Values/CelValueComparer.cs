namespace Rampart.Cel.Values;

/// <summary>Equality by <see cref="CelValue.CelEquals"/>, for dictionaries and sets of CEL values.</summary>
public sealed class CelValueComparer : IEqualityComparer<CelValue>
{
    private CelValueComparer()
    {
    }

    public static CelValueComparer Instance { get; } = new();

    public bool Equals(CelValue? x, CelValue? y) => x is null ? y is null : y is not null && x.CelEquals(y);

    public int GetHashCode(CelValue obj) => obj.CelHashCode();
}
