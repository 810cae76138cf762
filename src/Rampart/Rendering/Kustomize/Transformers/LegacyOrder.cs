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
                id.Namespace.Length == 0 ? "~X" : id.Namespace, id.Name.Length == 0 ? "~N" : id.Name);
        }

        // A stable sort (the position breaks ties), as the ordered LINQ sort it replaces. Kustomize compares the
        // text "type|namespace|name"; with the types equal that is "namespace|name", compared here without making it.
        Array.Sort(keys, static (a, b) =>
        {
            var by = a.Rank.CompareTo(b.Rank);
            by = by != 0 ? by : string.CompareOrdinal(a.Type, b.Type);
            by = by != 0 ? by : CompareJoined(a.Namespace, a.Name, b.Namespace, b.Name);
            return by != 0 ? by : a.Position.CompareTo(b.Position);
        });
        for (var i = 0; i < keys.Length; i++)
        {
            resources[i] = keys[i].Resource;
        }

        map.Invalidate();
        return true;
    }

    /// <summary>A class, not a struct: the framework's sort over a reference type runs precompiled, over a struct of this assembly it is compiled at run time.</summary>
    private sealed record SortKey(Resource Resource, int Position, int Rank, string Type, string Namespace, string Name);

    /// <summary>Compares <c>a1|a2</c> with <c>b1|b2</c> as ordinal strings.</summary>
    internal static int CompareJoined(string a1, string a2, string b1, string b2)
    {
        var lengthA = a1.Length + 1 + a2.Length;
        var lengthB = b1.Length + 1 + b2.Length;
        var common = Math.Min(lengthA, lengthB);
        for (var i = 0; i < common; i++)
        {
            var x = At(a1, a2, i);
            var y = At(b1, b2, i);
            if (x != y)
            {
                return x - y;
            }
        }

        return lengthA - lengthB;
    }

    private static char At(string first, string second, int i) =>
        i < first.Length ? first[i] : i == first.Length ? '|' : second[i - first.Length - 1];

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
