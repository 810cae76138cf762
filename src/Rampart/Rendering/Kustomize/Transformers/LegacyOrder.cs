using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// The order of the output. Without <c>sortOptions</c> (or with <c>order: legacy</c>) Kustomize v5.5.0 sorts by a
/// fixed kind order (namespaces and CRDs first, webhook configurations last), then by type, namespace and name;
/// <c>order: fifo</c> keeps the order resources were read in.
/// </summary>
internal static class LegacyOrder
{
    private static readonly string[] First =
    [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
        "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet",
        "CronJob", "PodDisruptionBudget",
    ];

    private static readonly string[] Last = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

    /// <summary>The rank of each kind in Kustomize's own order, made once: every build without <c>sortOptions</c> sorts by it.</summary>
    private static readonly Dictionary<string, int> DefaultRank = Rank(First, Last);

    public static bool Sort(KustomizationFile top, ResourceMap map)
    {
        var first = First;
        var last = Last;
        if (top["sortOptions"] is KMap options)
        {
            var order = top.StringOf(options["order"], "order");
            if (order == "fifo")
            {
                return options["legacySortOptions"] is null || top.Fail("the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'", options);
            }

            if (order != "legacy")
            {
                return top.Fail("the field 'sortOptions.order' must be one of [fifo, legacy]", options);
            }

            if (options["legacySortOptions"] is KMap legacy)
            {
                first = [.. top.StringsOf(legacy["orderFirst"], "orderFirst")?.Select(p => p.Value) ?? []];
                last = [.. top.StringsOf(legacy["orderLast"], "orderLast")?.Select(p => p.Value) ?? []];
            }
        }

        var rank = ReferenceEquals(first, First) && ReferenceEquals(last, Last) ? DefaultRank : Rank(first, last);
        var resources = map.Resources;
        var keys = new SortKey[resources.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var id = resources[i].CurrentId;
            var type = id.Gvk.SortKey;
            keys[i] = new SortKey(resources[i], i, rank.GetValueOrDefault(id.Gvk.Kind), type,
                string.Concat(type, "|", id.Namespace.Length == 0 ? "~X" : id.Namespace, "|", id.Name.Length == 0 ? "~N" : id.Name));
        }

        // A stable sort (the position breaks ties), as the ordered LINQ sort it replaces.
        Array.Sort(keys, static (a, b) =>
        {
            var by = a.Rank.CompareTo(b.Rank);
            by = by != 0 ? by : string.CompareOrdinal(a.Type, b.Type);
            by = by != 0 ? by : string.CompareOrdinal(a.Id, b.Id);
            return by != 0 ? by : a.Position.CompareTo(b.Position);
        });
        for (var i = 0; i < keys.Length; i++)
        {
            resources[i] = keys[i].Resource;
        }

        map.Invalidate();
        return true;
    }

    private readonly record struct SortKey(Resource Resource, int Position, int Rank, string Type, string Id);

    /// <summary>Kinds listed first rank below zero in their order, kinds listed last above it; others rank zero.</summary>
    private static Dictionary<string, int> Rank(string[] first, string[] last)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < first.Length; i++)
        {
            rank[first[i]] = i - first.Length;
        }

        for (var i = 0; i < last.Length; i++)
        {
            rank[last[i]] = i + 1;
        }

        return rank;
    }
}
