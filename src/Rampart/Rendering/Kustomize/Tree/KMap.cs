using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>
/// A mapping of the working tree, edited in place, fields in order. Lookups are linear for small mappings and
/// go through an index, kept up to date, once a mapping grows (ConfigMaps with thousands of keys).
/// </summary>
internal sealed class KMap : KNode
{
    private const int IndexThreshold = 16;
    private readonly List<KEntry> entries;
    private Dictionary<string, KEntry>? index;

    public KMap(Mark start, Mark end, NodeOrigin? origin, string? tag = null)
        : this(start, end, origin, tag, capacity: 0)
    {
    }

    /// <summary>A mapping with room for <paramref name="capacity"/> fields (a copy or a conversion knows how many it adds).</summary>
    public KMap(Mark start, Mark end, NodeOrigin? origin, string? tag, int capacity)
    {
        Start = start;
        End = end;
        Origin = origin;
        Tag = tag;
        entries = new List<KEntry>(capacity);
    }

    public override Mark Start { get; }
    public override Mark End { get; }
    public override NodeOrigin? Origin { get; }
    public override string? Tag { get; }

    public IReadOnlyList<KEntry> Entries => entries;
    public int Count => entries.Count;

    public KEntry? Entry(string name)
    {
        if (index is not null)
        {
            return index.GetValueOrDefault(name);
        }

        foreach (var entry in entries)
        {
            if (entry.Name == name)
            {
                return entry;
            }
        }

        return null;
    }

    public KNode? this[string name] => Entry(name)?.Value;

    /// <summary>The field's value when it is a mapping, otherwise null.</summary>
    public KMap? Map(string name) => this[name] as KMap;

    /// <summary>The field's text when it is a non-null scalar, otherwise null.</summary>
    public string? Text(string name) => this[name] is KScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>Sets the value of a field, keeping its key and place when it exists, adding it at the end otherwise.</summary>
    public void Set(ScalarNode key, KNode value)
    {
        var name = key.KeyText ?? key.Text;
        if (Entry(name) is { } existing)
        {
            existing.Value = value;
            return;
        }

        Add(new KEntry(key, value));
    }

    /// <summary>Sets a field whose key, when new, is made from the value's own position.</summary>
    public void Set(string name, KNode value)
    {
        if (Entry(name) is { } existing)
        {
            existing.Value = value;
            return;
        }

        Add(new KEntry(Scalars.Key(name, value), value));
    }

    public void Add(KEntry entry)
    {
        entries.Add(entry);
        if (index is not null)
        {
            index[entry.Name] = entry;
        }
        else if (entries.Count > IndexThreshold)
        {
            BuildIndex();
        }
    }

    public bool Remove(string name)
    {
        var at = entries.FindIndex(e => e.Name == name);
        if (at < 0)
        {
            return false;
        }

        entries.RemoveAt(at);
        index?.Remove(name);
        return true;
    }

    /// <summary>Replaces every field, in the order given.</summary>
    public void Replace(IEnumerable<KEntry> fields)
    {
        entries.Clear();
        index = null;
        foreach (var field in fields)
        {
            Add(field);
        }
    }

    public override KNode DeepCopy()
    {
        // Every base tree is copied for each overlay that includes it: sized once, keys and names shared.
        var copy = new KMap(Start, End, Origin, Tag, entries.Count);
        foreach (var entry in entries)
        {
            copy.entries.Add(entry.With(entry.Value.DeepCopy()));
        }

        if (copy.entries.Count > IndexThreshold)
        {
            copy.BuildIndex();
        }

        return copy;
    }

    private void BuildIndex()
    {
        index = new Dictionary<string, KEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            index[entry.Name] = entry;
        }
    }
}
