namespace Rampart.Regex;

/// <summary>Compares DFA state keys (instruction lists plus a context) by content.</summary>
internal sealed class KernelComparer : IEqualityComparer<int[]>
{
    public static KernelComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = default(HashCode);
        foreach (var value in obj)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
