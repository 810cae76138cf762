namespace Rampart.Audit;

/// <summary>A kind <c>rampart audit</c> lists, with the resource name and scope its list URL needs.</summary>
public sealed record AuditKind(string Group, string Version, string Kind, string Plural, bool Namespaced)
{
    /// <summary>The kinds the built-in policies match: workloads, Services, Ingresses, RBAC and the other built-in kinds they read.</summary>
    public static IReadOnlyList<AuditKind> BuiltIn { get; } =
    [
        new("", "v1", "Namespace", "namespaces", false),
        new("", "v1", "Pod", "pods", true),
        new("", "v1", "Service", "services", true),
        new("", "v1", "ServiceAccount", "serviceaccounts", true),
        new("apps", "v1", "Deployment", "deployments", true),
        new("apps", "v1", "StatefulSet", "statefulsets", true),
        new("apps", "v1", "DaemonSet", "daemonsets", true),
        new("apps", "v1", "ReplicaSet", "replicasets", true),
        new("batch", "v1", "Job", "jobs", true),
        new("batch", "v1", "CronJob", "cronjobs", true),
        new("networking.k8s.io", "v1", "Ingress", "ingresses", true),
        new("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true),
        new("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true),
        new("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true),
        new("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
        new("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
        new("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false),
        new("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false),
    ];

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The list URL path: all namespaces when <paramref name="ns"/> is null or the kind is cluster-scoped.</summary>
    public string ListPath(string? ns)
    {
        var root = Group.Length == 0 ? "/api/v1" : $"/apis/{Group}/{Version}";
        return Namespaced && ns is not null ? $"{root}/namespaces/{Uri.EscapeDataString(ns)}/{Plural}" : $"{root}/{Plural}";
    }
}
