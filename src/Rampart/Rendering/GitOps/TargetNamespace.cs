using Rampart.Loading;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// A Flux <c>targetNamespace</c>: set as <c>metadata.namespace</c> of every namespaced object, at the line of the
/// <c>targetNamespace</c> field.
/// </summary>
internal static class TargetNamespace
{
    public static RenderedObject Set(RenderedObject rendered, string ns, string file, Node at)
    {
        if (ClusterScoped.Is(Gvk.Of(rendered.Resource.ApiVersion, rendered.Resource.Kind)))
        {
            return rendered;
        }

        var origin = new NodeOrigin(file);
        var value = new ScalarNode(at.Start, at.End, ns, ScalarStyle.Plain, ScalarKind.String) { Origin = origin };
        var metadata = rendered.Root["metadata"] as MappingNode;
        var entries = metadata?.Entries.Where(e => e.KeyText != "namespace").ToList() ?? [];
        var key = new ScalarNode(at.Start, at.Start, "namespace", ScalarStyle.Plain, ScalarKind.String) { Origin = origin };
        var position = metadata?.Entries.ToList().FindIndex(e => e.KeyText == "namespace") ?? -1;
        entries.Insert(position < 0 ? entries.Count : position, new MappingEntry(key, value));
        var newMetadata = new MappingNode(metadata?.Start ?? at.Start, metadata?.End ?? at.End, entries) { Tag = metadata?.Tag, Origin = metadata?.Origin ?? origin };
        var rootEntries = rendered.Root.Entries.Where(e => e.KeyText != "metadata").ToList();
        var metadataIndex = rendered.Root.Entries.ToList().FindIndex(e => e.KeyText == "metadata");
        var metadataKey = metadataIndex >= 0 ? rendered.Root.Entries[metadataIndex].Key : new ScalarNode(at.Start, at.Start, "metadata", ScalarStyle.Plain, ScalarKind.String) { Origin = origin };
        rootEntries.Insert(metadataIndex < 0 ? rootEntries.Count : metadataIndex, new MappingEntry(metadataKey, newMetadata));
        var root = new MappingNode(rendered.Root.Start, rendered.Root.End, rootEntries) { Tag = rendered.Root.Tag, Origin = rendered.Root.Origin };
        return rendered with { Root = root, Resource = rendered.Resource with { Namespace = ns } };
    }
}
