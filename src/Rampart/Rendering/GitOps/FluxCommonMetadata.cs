using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// A Flux Kustomization's <c>spec.commonMetadata</c>: its labels and annotations set on the <c>metadata</c> of every
/// object it applies (over any with the same key; selectors and templates are left alone, as Flux leaves them), each at
/// its line in the Flux file.
/// </summary>
internal static class FluxCommonMetadata
{
    public static RenderedObject Apply(RenderedObject rendered, MappingNode common, string file)
    {
        var origin = new NodeOrigin(file);
        var root = rendered.Root;
        foreach (var field in new[] { "labels", "annotations" })
        {
            if (common[field] is not MappingNode values || values.Count == 0)
            {
                continue;
            }

            root = RenderedMetadata.Set(root, field, existing => Merge(existing as MappingNode, values, origin), values, origin);
        }

        return rendered with { Root = root };
    }

    private static MappingNode Merge(MappingNode? existing, MappingNode values, NodeOrigin origin)
    {
        IReadOnlyList<MappingEntry> entries = existing?.Entries ?? [];
        foreach (var entry in values.Entries)
        {
            if (entry.KeyText is { } key)
            {
                entries = RenderedMetadata.Set(entries, key, RenderedMetadata.String((entry.Value as ScalarNode)?.Text ?? "", entry.Value, origin), entry.Key, origin, newKey: true);
            }
        }

        return new MappingNode(existing?.Start ?? values.Start, existing?.End ?? values.End, entries) { Tag = existing?.Tag, Origin = existing?.Origin ?? origin };
    }
}
