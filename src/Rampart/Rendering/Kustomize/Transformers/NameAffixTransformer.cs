using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>namePrefix</c> and <c>nameSuffix</c>: added to every name but those of CRDs, APIServices and Namespaces.
/// References to the renamed resources are fixed at the end of the build (<see cref="NameReferences"/>).
/// </summary>
internal static class NameAffixTransformer
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        var prefix = file.String("namePrefix");
        var suffix = file.String("nameSuffix");
        if (file.Context.Failed)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(prefix))
        {
            Apply(map, map.Config.NamePrefix, file["namePrefix"]!, prefix, "");
        }

        if (!string.IsNullOrEmpty(suffix))
        {
            Apply(map, map.Config.NameSuffix, file["nameSuffix"]!, "", suffix);
        }

        return true;
    }

    /// <summary>
    /// Adds <paramref name="prefix"/> and <paramref name="suffix"/> to the fields of <paramref name="specs"/>; a resource
    /// whose <c>metadata/name</c> is renamed remembers the affix, as name references narrow their candidates by it.
    /// </summary>
    public static void Apply(ResourceMap map, IReadOnlyList<FieldSpec> specs, KNode at, string prefix, string suffix)
    {
        Func<KNode?, KNode?> update = value => value is KScalar { IsNull: false } scalar ? Scalars.String(prefix + scalar.Value + suffix, at) : null;
        foreach (var resource in map.Resources)
        {
            var original = resource.OriginalId.Gvk;
            if (original.Kind is "CustomResourceDefinition" or "Namespace" || (original.Kind == "APIService" && original.Group == "apiregistration.k8s.io"))
            {
                continue;
            }

            for (var i = 0; i < specs.Count; i++)
            {
                var spec = specs[i];
                if (!resource.Gvk.IsSelectedBy(spec.Type))
                {
                    continue;
                }

                if (spec.PathText == "metadata/name")
                {
                    resource.StorePreviousId();
                    Remember(resource.NamePrefixes, prefix);
                    Remember(resource.NameSuffixes, suffix);
                }

                FieldWalker.Apply(resource.Root, spec.Path, 0, create: false, at, update);
            }
        }

        map.Invalidate();
    }

    private static void Remember(List<string> affixes, string affix)
    {
        if (affix.Length > 0)
        {
            affixes.Add(affix);
        }
    }
}
