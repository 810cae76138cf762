using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary><c>replicas:</c> sets the replica count of the workloads with the name given (as they were or are named).</summary>
internal static class ReplicaTransformer
{
    /// <summary>Runs <c>replicas:</c> on the fields of <paramref name="specs"/> (the configuration's when null).</summary>
    public static bool Run(KustomizationFile file, ResourceMap map, IReadOnlyList<Config.FieldSpec>? specs = null)
    {
        specs ??= map.Config.Replicas;
        if (file.Maps("replicas") is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var name = file.StringOf(entry["name"], "name");
            if (name is null || entry["count"] is not KScalar { Node.Kind: ScalarKind.Int } count)
            {
                return file.Fail("a replicas entry needs a name and an integer count", entry);
            }

            var named = map.Resources.Where(r => r.AllIds.Any(id => id.Name == name) && specs.Any(s => r.Gvk.IsSelectedBy(s.Type))).ToList();
            if (named.Count == 0)
            {
                return file.Fail($"resource with name {name} does not match a config with the following GVK [{string.Join(' ', specs.Select(s => s.Type.Kind).Distinct())}]", entry);
            }

            foreach (var resource in named)
            {
                foreach (var spec in specs)
                {
                    FieldWalker.Apply(resource, spec, count, _ => count);
                }
            }
        }

        return true;
    }
}
