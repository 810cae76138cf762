using Rampart.Findings;

namespace Rampart.Policies.Matching;

/// <summary>
/// Maps an object's apiVersion and kind to the resource name, scope and equivalent API groups admission uses
/// for it. Built-in kinds come from a table; custom resources take the plural from a CustomResourceDefinition
/// of the repository when one is known, otherwise the lower-cased kind plus "s" (the usual convention).
/// </summary>
public sealed class KindCatalog
{
    private static readonly Dictionary<string, KindInfo> BuiltIn = Build();
    private readonly Dictionary<(string Group, string Kind), KindInfo> custom = [];

    /// <summary>A catalog of the built-in kinds and the given custom kinds (from CustomResourceDefinitions).</summary>
    public KindCatalog(IEnumerable<CustomKind> customKinds)
    {
        foreach (var k in customKinds)
        {
            custom[(k.Group, k.Kind)] = new KindInfo(k.Plural, k.Namespaced, [k.Group]);
        }
    }

    public static KindCatalog Default { get; } = new([]);

    public ResourceTarget Resolve(ResourceRef resource)
    {
        var (group, version) = SplitApiVersion(resource.ApiVersion);
        if (BuiltIn.TryGetValue(resource.Kind, out var info) && info.Groups.Contains(group, StringComparer.Ordinal))
        {
            return new ResourceTarget(group, version, info.Plural, info.Namespaced, resource.Name) { EquivalentGroups = info.Groups };
        }

        if (custom.TryGetValue((group, resource.Kind), out info))
        {
            return new ResourceTarget(group, version, info.Plural, info.Namespaced, resource.Name);
        }

        return new ResourceTarget(group, version, Pluralize(resource.Kind), null, resource.Name);
    }

    public static (string Group, string Version) SplitApiVersion(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    internal static string Pluralize(string kind)
    {
        var lower = kind.ToLowerInvariant();
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith("ch", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal))
        {
            return lower + "es";
        }

        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2], StringComparison.Ordinal))
        {
            return lower[..^1] + "ies";
        }

        return lower + "s";
    }

    private sealed record KindInfo(string Plural, bool Namespaced, IReadOnlyList<string> Groups);

    private static Dictionary<string, KindInfo> Build()
    {
        var table = new Dictionary<string, KindInfo>(StringComparer.Ordinal);
        void Add(string kind, string plural, bool namespaced, params string[] groups) => table[kind] = new KindInfo(plural, namespaced, groups);

        // core
        Add("Pod", "pods", true, "");
        Add("PodTemplate", "podtemplates", true, "");
        Add("ReplicationController", "replicationcontrollers", true, "");
        Add("Service", "services", true, "");
        Add("Endpoints", "endpoints", true, "");
        Add("ConfigMap", "configmaps", true, "");
        Add("Secret", "secrets", true, "");
        Add("ServiceAccount", "serviceaccounts", true, "");
        Add("PersistentVolumeClaim", "persistentvolumeclaims", true, "");
        Add("PersistentVolume", "persistentvolumes", false, "");
        Add("Namespace", "namespaces", false, "");
        Add("Node", "nodes", false, "");
        Add("LimitRange", "limitranges", true, "");
        Add("ResourceQuota", "resourcequotas", true, "");
        Add("Event", "events", true, "", "events.k8s.io");
        // workloads
        Add("Deployment", "deployments", true, "apps", "extensions");
        Add("StatefulSet", "statefulsets", true, "apps");
        Add("DaemonSet", "daemonsets", true, "apps", "extensions");
        Add("ReplicaSet", "replicasets", true, "apps", "extensions");
        Add("ControllerRevision", "controllerrevisions", true, "apps");
        Add("Job", "jobs", true, "batch");
        Add("CronJob", "cronjobs", true, "batch");
        Add("HorizontalPodAutoscaler", "horizontalpodautoscalers", true, "autoscaling");
        Add("PodDisruptionBudget", "poddisruptionbudgets", true, "policy");
        // networking
        Add("Ingress", "ingresses", true, "networking.k8s.io", "extensions");
        Add("IngressClass", "ingressclasses", false, "networking.k8s.io");
        Add("NetworkPolicy", "networkpolicies", true, "networking.k8s.io", "extensions");
        Add("EndpointSlice", "endpointslices", true, "discovery.k8s.io");
        // rbac
        Add("Role", "roles", true, "rbac.authorization.k8s.io");
        Add("RoleBinding", "rolebindings", true, "rbac.authorization.k8s.io");
        Add("ClusterRole", "clusterroles", false, "rbac.authorization.k8s.io");
        Add("ClusterRoleBinding", "clusterrolebindings", false, "rbac.authorization.k8s.io");
        // storage, scheduling, extension points
        Add("StorageClass", "storageclasses", false, "storage.k8s.io");
        Add("CSIDriver", "csidrivers", false, "storage.k8s.io");
        Add("VolumeAttachment", "volumeattachments", false, "storage.k8s.io");
        Add("PriorityClass", "priorityclasses", false, "scheduling.k8s.io");
        Add("CustomResourceDefinition", "customresourcedefinitions", false, "apiextensions.k8s.io");
        Add("ValidatingAdmissionPolicy", "validatingadmissionpolicies", false, "admissionregistration.k8s.io");
        Add("ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", false, "admissionregistration.k8s.io");
        Add("ValidatingWebhookConfiguration", "validatingwebhookconfigurations", false, "admissionregistration.k8s.io");
        Add("MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false, "admissionregistration.k8s.io");
        Add("APIService", "apiservices", false, "apiregistration.k8s.io");
        Add("RuntimeClass", "runtimeclasses", false, "node.k8s.io");
        Add("Lease", "leases", true, "coordination.k8s.io");
        Add("CertificateSigningRequest", "certificatesigningrequests", false, "certificates.k8s.io");
        Add("FlowSchema", "flowschemas", false, "flowcontrol.apiserver.k8s.io");
        Add("PriorityLevelConfiguration", "prioritylevelconfigurations", false, "flowcontrol.apiserver.k8s.io");
        return table;
    }
}
