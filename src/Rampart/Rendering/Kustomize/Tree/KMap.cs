using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>
/// A mapping of the working tree, edited in place, fields in order. Lookups are linear for small mappings and
/// go through an index, kept up to date, once a mapping grows (ConfigMaps with thousands of keys). The fields are
/// held in an array of its own, not a list: every base tree is copied for each overlay, so each mapping's extra
/// object counted; the mapping is its own read-only list of fields (<see cref="Entries"/>).
/// </summary>
internal sealed class KMap : KNode, IReadOnlyList<KEntry>
{
    private const int IndexThreshold = 16;
    private KEntry[] entries;
    private int count;
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
        entries = capacity == 0 ? [] : new KEntry[capacity];
    }

    public override Mark Start { get; }
    public override Mark End { get; }
    public override NodeOrigin? Origin { get; }
    public override string? Tag { get; }

    public IReadOnlyList<KEntry> Entries => this;
    public int Count => count;

    public KEntry this[int position] => position < count ? entries[position] : throw new ArgumentOutOfRangeException(nameof(position));

    public IEnumerator<KEntry> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return entries[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public KEntry? Entry(string name)
    {
        if (index is not null)
        {
            return index.GetValueOrDefault(name);
        }

        for (var i = 0; i < count; i++)
        {
            if (entries[i].Name == name)
            {
                return entries[i];
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
        if (count == entries.Length)
        {
            Array.Resize(ref entries, Math.Max(4, count * 2));
        }

        entries[count++] = entry;
        if (index is not null)
        {
            index[entry.Name] = entry;
        }
        else if (count > IndexThreshold)
        {
            BuildIndex();
        }
    }

    public bool Remove(string name)
    {
        var at = -1;
        for (var i = 0; i < count && at < 0; i++)
        {
            at = entries[i].Name == name ? i : -1;
        }

        if (at < 0)
        {
            return false;
        }

        count--;
        Array.Copy(entries, at + 1, entries, at, count - at);
        entries[count] = null!;
        index?.Remove(name);
        return true;
    }

    /// <summary>Replaces every field, in the order given.</summary>
    public void Replace(IEnumerable<KEntry> fields)
    {
        // The fields may be read from this mapping itself: taken before it is cleared.
        var replacement = fields.ToArray();
        Array.Clear(entries, 0, count);
        count = 0;
        index = null;
        foreach (var field in replacement)
        {
            Add(field);
        }
    }

    public override KNode DeepCopy()
    {
        // Every base tree is copied for each overlay that includes it: sized once, keys and names shared.
        var copy = new KMap(Start, End, Origin, Tag, count);
        for (var i = 0; i < count; i++)
        {
            copy.entries[i] = entries[i].With(entries[i].Value.DeepCopy());
        }

        copy.count = count;
        if (count > IndexThreshold)
        {
            copy.BuildIndex();
        }

        return copy;
    }

    private void BuildIndex()
    {
        index = new Dictionary<string, KEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            index[entries[i].Name] = entries[i];
        }
    }
}
