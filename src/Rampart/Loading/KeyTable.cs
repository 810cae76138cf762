namespace Rampart.Loading;

/// <summary>
/// The mapping keys a reader has seen, one string each: manifests repeat a few hundred keys (<c>name</c>,
/// <c>image</c>, <c>labels</c>) thousands of times, and every tree then shares them. Bounded, so that a file of
/// made-up keys cannot grow it past <see cref="Capacity"/> entries; past that, keys are new strings.
/// </summary>
internal sealed class KeyTable
{
    private const int Capacity = 8192;
    private const int LongestKey = 64;
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public KeyTable()
    {
        lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct keys are held.</summary>
    public int Count => keys.Count;

    public string Get(ReadOnlySpan<char> key)
    {
        if (lookup.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = key.ToString();
        if (key.Length <= LongestKey && keys.Count < Capacity)
        {
            keys.Add(made);
        }

        return made;
    }
}
