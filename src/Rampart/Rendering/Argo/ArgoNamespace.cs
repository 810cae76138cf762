using Rampart.Loading;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Argo;

/// <summary>
/// <c>spec.destination.namespace</c> as Argo CD applies it: a namespaced object rendered without a namespace is
/// created in it; objects that name their own namespace keep it, cluster-scoped kinds have none. The namespace set
/// this way points at the Application's line.
/// </summary>
internal static class ArgoNamespace
{
    public static RenderedObject Apply(RenderedObject rendered, ScalarNode destination, NodeOrigin application)
    {
        if (rendered.Resource.Namespace is { Length: > 0 } || ClusterScoped.Is(Gvk.Of(rendered.Resource.ApiVersion, rendered.Resource.Kind)))
        {
            return rendered;
        }

        var at = destination.Start;
        var key = new ScalarNode(at, destination.End, "namespace", ScalarStyle.Plain, ScalarKind.String) { Origin = application };
        var value = new ScalarNode(at, destination.End, destination.Text, ScalarStyle.Plain, ScalarKind.String) { Origin = application };
        var root = rendered.Root;
        var entries = new List<MappingEntry>(root.Entries);
        var index = entries.FindIndex(e => e.KeyText == "metadata");
        if (index >= 0 && entries[index].Value is MappingNode metadata)
        {
            var fields = metadata.Entries.Where(e => e.KeyText != "namespace").Append(new MappingEntry(key, value)).ToList();
            entries[index] = entries[index] with { Value = new MappingNode(metadata.Start, metadata.End, fields) { Tag = metadata.Tag, Origin = metadata.Origin } };
        }
        else
        {
            var metadataKey = new ScalarNode(at, destination.End, "metadata", ScalarStyle.Plain, ScalarKind.String) { Origin = application };
            entries.RemoveAll(e => e.KeyText == "metadata");
            entries.Add(new MappingEntry(metadataKey, new MappingNode(at, destination.End, [new MappingEntry(key, value)]) { Origin = application }));
        }

        var copy = new MappingNode(root.Start, root.End, entries) { Tag = root.Tag, Origin = root.Origin };
        return rendered with { Root = copy, Resource = rendered.Resource with { Namespace = destination.Text } };
    }
}
