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
                foreach (var entry in node.Entries)
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
    public override IEnumerable<CelValue> Keys => keys ??= KeysOf(node);

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s)
        {
            var i = IndexOf(s.Value);
            if (i < 0 && s.Value.Contains("__", StringComparison.Ordinal))
            {
                i = IndexOf(KubernetesFieldNames.Unescape(s.Value));
            }

            if (i >= 0)
            {
                value = values[i] ??= NodeValues.From(node.Entries[i].Value);
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>The index of the entry for <paramref name="key"/> with a present value, or -1.</summary>
    public int IndexOf(string key)
    {
        var entries = node.Entries;
        if (entries.Count > IndexThreshold)
        {
            index ??= BuildIndex(entries);
            return index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.Equals(entry.KeyText, key, StringComparison.Ordinal))
            {
                return NodeValues.IsPresent(entry.Value) ? i : -1;
            }
        }

        return -1;
    }

    private static CelValue[] KeysOf(MappingNode mapping)
    {
        var list = new List<CelValue>(mapping.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key && NodeValues.IsPresent(entry.Value))
            {
                list.Add(CelString.Of(key));
            }
        }

        return [.. list];
    }

    private static Dictionary<string, int> BuildIndex(IReadOnlyList<MappingEntry> entries)
    {
        var map = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].KeyText is { } key && NodeValues.IsPresent(entries[i].Value))
            {
                map[key] = i;
            }
        }

        return map;
    }
}
