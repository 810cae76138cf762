using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Model;

/// <summary>
/// The resources of a map by each of their labels (<c>key=value</c>), so that a patch whose target requires a label
/// looks at the resources carrying it instead of at every resource: applying P such patches to N resources costs
/// the resources each patch selects, not N × P. Resources a patch changed are indexed again before the next lookup.
/// </summary>
internal sealed class LabelIndex
{
    private readonly Dictionary<(string Key, string Value), HashSet<Resource>> byLabel = [];
    private readonly Dictionary<Resource, (int Position, List<(string, string)> Labels)> indexed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Resource> stale = new(ReferenceEqualityComparer.Instance);

    public LabelIndex(IReadOnlyList<Resource> resources)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            Add(resources[i], i);
        }
    }

    /// <summary>The resources labelled <paramref name="key"/>=<paramref name="value"/>, in the map's order.</summary>
    public List<Resource> With(string key, string value)
    {
        foreach (var resource in stale)
        {
            if (indexed.Remove(resource, out var old))
            {
                foreach (var label in old.Labels)
                {
                    byLabel[label].Remove(resource);
                }

                Add(resource, old.Position);
            }
        }

        stale.Clear();
        if (!byLabel.TryGetValue((key, value), out var found))
        {
            return [];
        }

        var ordered = found.ToList();
        ordered.Sort((a, b) => indexed[a].Position.CompareTo(indexed[b].Position));
        return ordered;
    }

    /// <summary>Marks a resource whose labels may have changed.</summary>
    public void Changed(Resource resource) => stale.Add(resource);

    private void Add(Resource resource, int position)
    {
        var labels = new List<(string, string)>();
        if (resource.Metadata?.Map("labels") is { } map)
        {
            foreach (var entry in map.Entries)
            {
                var label = (entry.Name, Scalars.TextOf(entry.Value) ?? "");
                labels.Add(label);
                if (!byLabel.TryGetValue(label, out var list))
                {
                    byLabel[label] = list = new HashSet<Resource>(ReferenceEqualityComparer.Instance);
                }

                list.Add(resource);
            }
        }

        indexed[resource] = (position, labels);
    }
}
