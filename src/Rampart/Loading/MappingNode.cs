namespace Rampart.Loading;

/// <summary>
/// A mapping in source order. Duplicate keys are not stored twice: the loader keeps the last value (as
/// Kubernetes' decoders do) and reports the duplicate as a finding.
/// </summary>
public sealed class MappingNode : Node
{
    private const int IndexThreshold = 8;
    private readonly Dictionary<string, int>? index;

    public MappingNode(Mark start, Mark end, IReadOnlyList<MappingEntry> entries)
        : base(start, end)
    {
        Entries = entries;
        if (entries.Count > IndexThreshold)
        {
            index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].KeyText is { } key)
                {
                    index[key] = i;
                }
            }
        }
    }

    public IReadOnlyList<MappingEntry> Entries { get; }
    public int Count => Entries.Count;

    public bool TryGetEntry(string key, out MappingEntry entry)
    {
        if (index is not null)
        {
            if (index.TryGetValue(key, out var i))
            {
                entry = Entries[i];
                return true;
            }
        }
        else
        {
            for (var i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Key is ScalarNode s && string.Equals(s.Text, key, StringComparison.Ordinal))
                {
                    entry = Entries[i];
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
}
