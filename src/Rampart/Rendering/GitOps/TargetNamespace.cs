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
        var root = RenderedMetadata.Set(rendered.Root, "namespace", _ => RenderedMetadata.String(ns, at, origin), at, origin);
        return rendered with { Root = root, Resource = rendered.Resource with { Namespace = ns } };
    }
}
