using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// The kustomization's <c>namespace:</c>: set on every namespaced resource (and the fields the configuration names,
/// such as a Namespace's own name), and on RoleBinding subjects named <c>default</c>.
/// </summary>
internal static class NamespaceTransformer
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        var at = file["namespace"];
        var ns = file.String("namespace");
        if (file.Context.Failed)
        {
            return false;
        }

        if (string.IsNullOrEmpty(ns) || at is null)
        {
            return true;
        }

        Apply(map, ns, at);
        return true;
    }

    public static void Apply(ResourceMap map, string ns, KNode at)
    {
        foreach (var resource in map.Resources)
        {
            resource.StorePreviousId();
            if (!ClusterScoped.Is(resource.Gvk))
            {
                FieldWalker.Apply(resource.Root, ["metadata", "namespace"], 0, create: true, at, _ => Scalars.String(ns, at));
            }

            foreach (var spec in map.Config.Namespace)
            {
                FieldWalker.Apply(resource, spec, at, _ => Scalars.String(ns, at));
            }

            if (resource.Gvk.Kind is "RoleBinding" or "ClusterRoleBinding" && resource.Root["subjects"] is KSequence subjects)
            {
                foreach (var subject in subjects.Items.OfType<KMap>())
                {
                    if (subject.Text("name") == "default")
                    {
                        subject.Set("namespace", Scalars.String(ns, at));
                    }
                }
            }
        }
    }
}
