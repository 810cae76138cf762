using System.Runtime.InteropServices;

namespace Rampart.Ownership;

/// <summary>Compares rule masks by content, so that findings passing the same routing rules share one outcome.</summary>
internal sealed class RuleMaskComparer : IEqualityComparer<ulong[]>
{
    public static RuleMaskComparer Instance { get; } = new();

    public bool Equals(ulong[]? x, ulong[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(ulong[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
        return hash.ToHashCode();
    }
}
