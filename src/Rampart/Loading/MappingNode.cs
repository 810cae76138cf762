namespace Rampart.Loading;

/// <summary>
/// A mapping in source order. Duplicate keys are not stored twice: the loader keeps the last value (as
/// Kubernetes' decoders do) and reports the duplicate as a finding. Merge keys (<c>&lt;&lt;</c>) are already
/// applied: their entries appear here as entries of their own.
/// </summary>
public sealed class MappingNode : Node
{
    /// <summary>Mappings up to this size are searched linearly; larger ones get an index on first lookup.</summary>
    private const int IndexThreshold = 12;
    private readonly MappingEntry[] entries;
    private Dictionary<string, int>? index;

    public MappingNode(Mark start, Mark end, IReadOnlyList<MappingEntry> entries)
        : base(start, end)
    {
        this.entries = entries as MappingEntry[] ?? [.. entries];
    }

    public IReadOnlyList<MappingEntry> Entries => entries;
    public int Count => entries.Length;

    public bool TryGetEntry(string key, out MappingEntry entry)
    {
        var all = entries;
        if (all.Length > IndexThreshold)
        {
            if ((index ?? BuildIndex()).TryGetValue(key, out var i))
            {
                entry = all[i];
                return true;
            }
        }
        else
        {
            for (var i = all.Length - 1; i >= 0; i--)
            {
                if (all[i].Key is ScalarNode s && string.Equals(s.KeyText, key, StringComparison.Ordinal))
                {
                    entry = all[i];
                    return true;
                }
            }
        }

        entry = default;
        return false;
    }

    /// <summary>As <see cref="TryGetEntry(string, out MappingEntry)"/>, for a key cut from a longer text without making it a string.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> key, out MappingEntry entry)
    {
        var all = entries;
        if (all.Length > IndexThreshold)
        {
            if ((index ?? BuildIndex()).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var i))
            {
                entry = all[i];
                return true;
            }
        }
        else
        {
            for (var i = all.Length - 1; i >= 0; i--)
            {
                if (all[i].Key is ScalarNode s && s.KeyText is { } text && key.SequenceEqual(text))
                {
                    entry = all[i];
                    return true;
                }
            }
        }

        entry = default;
        return false;
    }

    public bool TryGetValue(string key, out Node value)
    {
        if (TryGetEntry(key, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>The value under <paramref name="key"/>, or null when there is none.</summary>
    public Node? this[string key] => TryGetValue(key, out var v) ? v : null;

    private Dictionary<string, int> BuildIndex()
    {
        var built = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].KeyText is { } key)
            {
                built[key] = i;
            }
        }

        // Trees are read from several threads: publish the index once, whoever wins.
        return Interlocked.CompareExchange(ref index, built, null) ?? built;
    }
}
