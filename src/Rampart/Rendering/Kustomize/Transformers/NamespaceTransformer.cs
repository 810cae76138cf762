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
    private static readonly string[] NamespacePath = ["metadata", "namespace"];

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

    /// <summary>
    /// Sets <paramref name="ns"/> on every namespaced resource and in <paramref name="specs"/> (the configuration's
    /// when null); <paramref name="unsetOnly"/> keeps namespaces already set; <paramref name="subjects"/> is
    /// <c>defaultOnly</c> (RoleBinding subjects named default), <c>allServiceAccounts</c> or <c>none</c>.
    /// </summary>
    public static void Apply(ResourceMap map, string ns, KNode at, IReadOnlyList<Config.FieldSpec>? specs = null, bool unsetOnly = false, string subjects = "defaultOnly")
    {
        KNode? Set(KNode? current) =>
            unsetOnly && current is KScalar { IsNull: false } scalar && scalar.Value.Length > 0 ? null : Scalars.String(ns, at);

        // One delegate for every resource and spec (passing the local function would make one each time).
        Func<KNode?, KNode?> set = Set;
        var all = specs ?? map.Config.Namespace;
        foreach (var resource in map.Resources)
        {
            resource.StorePreviousId();
            if (!ClusterScoped.Is(resource.Gvk))
            {
                FieldWalker.Apply(resource.Root, NamespacePath, 0, create: true, at, set);
            }

            for (var i = 0; i < all.Count; i++)
            {
                var spec = all[i];
                // As Kustomize does, a Namespace's name is set only for the core v1 Namespace.
                if (spec.PathText != "metadata/namespace" && (spec.PathText != "metadata/name" || resource.Root.Text("apiVersion") == "v1"))
                {
                    FieldWalker.Apply(resource, spec, at, set);
                }
            }

            if (subjects != "none" && resource.Gvk.Kind is "RoleBinding" or "ClusterRoleBinding" && resource.Root["subjects"] is KSequence list)
            {
                foreach (var subject in list.Items.OfType<KMap>())
                {
                    var selected = subjects == "allServiceAccounts" ? subject.Text("kind") == "ServiceAccount" : subject.Text("name") == "default";
                    if (selected && Set(subject["namespace"]) is { } value)
                    {
                        subject.Set("namespace", value);
                    }
                }
            }
        }
    }
}
