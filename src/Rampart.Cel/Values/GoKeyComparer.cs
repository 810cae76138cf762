using System.Runtime.CompilerServices;

namespace Rampart.Cel.Values;

/// <summary>
/// Key equality of a map literal in cel-go, which keys a Go map by the CEL value itself: keys of different types
/// are different keys (<c>0</c>, <c>0u</c> and <c>0.0</c> are three), scalars of one type are equal by value, and
/// lists, maps and optionals are equal only to themselves (Go compares the pointers).
/// </summary>
internal sealed class GoKeyComparer : IEqualityComparer<CelValue>
{
    private GoKeyComparer()
    {
    }

    public static GoKeyComparer Instance { get; } = new();

    public bool Equals(CelValue? x, CelValue? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        if (ByIdentity(x) || ByIdentity(y))
        {
            return ReferenceEquals(x, y);
        }

        return x.GetType() == y.GetType() && x.CelEquals(y);
    }

    public int GetHashCode(CelValue obj) =>
        ByIdentity(obj) ? RuntimeHelpers.GetHashCode(obj) : HashCode.Combine(obj.GetType(), obj.CelHashCode());

    private static bool ByIdentity(CelValue value) => value is CelList or CelMap or CelOptional;
}
