using System.Runtime.CompilerServices;

namespace Rampart.Ownership;

/// <summary>Compares two pairs of owner lists by the lists' identity: the lists a path and a routing outcome give are shared, so the same two instances mean the same owners.</summary>
internal sealed class OwnerListPairComparer : IEqualityComparer<(IReadOnlyList<string> FromPath, IReadOnlyList<string> Routed)>
{
    public static OwnerListPairComparer Instance { get; } = new();

    public bool Equals((IReadOnlyList<string> FromPath, IReadOnlyList<string> Routed) x, (IReadOnlyList<string> FromPath, IReadOnlyList<string> Routed) y) =>
        ReferenceEquals(x.FromPath, y.FromPath) && ReferenceEquals(x.Routed, y.Routed);

    public int GetHashCode((IReadOnlyList<string> FromPath, IReadOnlyList<string> Routed) obj) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(obj.FromPath), RuntimeHelpers.GetHashCode(obj.Routed));
}
