using Rampart.Cel.Values;
using Rampart.Loading;

namespace Rampart.Policies.Cel;

/// <summary>
/// A CEL map over a YAML mapping, read in place. Entries whose value is null are left out (Kubernetes treats a
/// null field as an absent one); non-scalar keys are left out too. Values are wrapped on first access.
/// Field names escaped the Kubernetes way (<c>x__dash__y</c> for <c>x-y</c>) are found as well.
/// </summary>
public sealed class NodeMap(MappingNode node) : CelMap, INodeValue
{
    private const int IndexThreshold = 8;

    /// <summary>The mapping's entries as the array it holds them in: walked by index, with no enumerator and no interface call per entry.</summary>
    private readonly MappingEntry[] entries = node.Entries as MappingEntry[] ?? [.. node.Entries];
    private readonly CelValue?[] values = new CelValue?[node.Count];
    private Dictionary<string, int>? index;
    private CelValue[]? keys;
    private int count = -1;

    public Node Node => node;

    public MappingNode Mapping => node;

    public override int Count
    {
        get
        {
            if (count < 0)
            {
                var n = 0;
                foreach (var entry in entries)
                {
                    if (entry.KeyText is not null && NodeValues.IsPresent(entry.Value))
                    {
                        n++;
                    }
                }

                count = n;
            }

            return count;
        }
    }

    /// <summary>
    /// The keys of the present entries, made once: the policies of one object iterate the same maps again and again
    /// (a ConfigMap's <c>data</c> a dozen times), and each pass made a string value for every key.
    /// </summary>
    public override IEnumerable<CelValue> Keys => keys ??= MakeKeys();

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && Find(s.Value) is var i and >= 0)
        {
            value = values[i] ??= NodeValues.From(entries[i].Value);
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Whether the mapping has a present entry for <paramref name="key"/>, without wrapping its value (a <c>has()</c> often ends there).</summary>
    public override bool ContainsKey(CelValue key) => key is CelString s && Find(s.Value) >= 0;

    /// <summary>The index of the present entry for <paramref name="key"/>, read as written or unescaped (<c>x__dash__y</c>), or -1.</summary>
    private int Find(string key)
    {
        var i = IndexOf(key);
        return i < 0 && key.Contains("__", StringComparison.Ordinal) ? IndexOf(KubernetesFieldNames.Unescape(key)) : i;
    }

    /// <summary>The index of the entry for <paramref name="key"/> with a present value, or -1.</summary>
    public int IndexOf(string key)
    {
        if (entries.Length > IndexThreshold)
        {
            index ??= BuildIndex(entries);
            return index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (string.Equals(entry.KeyText, key, StringComparison.Ordinal))
            {
                return NodeValues.IsPresent(entry.Value) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The key values, made straight into an array of the size <see cref="Count"/> gives (no list copied to an array).</summary>
    private CelValue[] MakeKeys()
    {
        var made = Count == 0 ? [] : new CelValue[Count];
        var n = 0;
        foreach (var entry in entries)
        {
            if (entry.KeyText is { } key && NodeValues.IsPresent(entry.Value))
            {
                made[n++] = CelString.Of(key);
            }
        }

        return made;
    }

    private static Dictionary<string, int> BuildIndex(MappingEntry[] entries)
    {
        var map = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].KeyText is { } key && NodeValues.IsPresent(entries[i].Value))
            {
                map[key] = i;
            }
        }

        return map;
    }
}
