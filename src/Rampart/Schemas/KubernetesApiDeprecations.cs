namespace Rampart.Schemas;

/// <summary>
/// The API versions Kubernetes deprecated and then stopped serving, per kind, as Kubernetes' deprecated API
/// migration guide lists them (beta and pre-GA versions of built-in kinds; alpha versions carry no promise and
/// are not listed). <see cref="Newest"/> is the release the built-in schemas describe, the default target.
/// </summary>
public static class KubernetesApiDeprecations
{
    /// <summary>The Kubernetes release of the built-in schema set (KubernetesClient's models).</summary>
    public static Version Newest { get; } = new(1, 37);

    public static IReadOnlyList<ApiDeprecation> All { get; } =
    [
        // Removed in 1.16: workloads leave extensions and the apps betas; NetworkPolicy and PodSecurityPolicy leave extensions.
        .. Kinds("extensions/v1beta1", ["Deployment", "DaemonSet", "ReplicaSet"], "1.9", "1.16", "apps/v1"),
        .. Kinds("apps/v1beta1", ["Deployment", "StatefulSet", "ControllerRevision"], "1.9", "1.16", "apps/v1"),
        .. Kinds("apps/v1beta2", ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"], "1.9", "1.16", "apps/v1"),
        Entry("extensions/v1beta1", "NetworkPolicy", "1.9", "1.16", "networking.k8s.io/v1"),
        Entry("extensions/v1beta1", "PodSecurityPolicy", "1.10", "1.16", "policy/v1beta1"),

        // Removed in 1.22: the v1beta1 versions of many groups that reached v1.
        .. Kinds("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], "1.16", "1.22", "admissionregistration.k8s.io/v1"),
        Entry("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "1.16", "1.22", "apiextensions.k8s.io/v1"),
        Entry("apiregistration.k8s.io/v1beta1", "APIService", "1.19", "1.22", "apiregistration.k8s.io/v1"),
        Entry("authentication.k8s.io/v1beta1", "TokenReview", "1.19", "1.22", "authentication.k8s.io/v1"),
        .. Kinds("authorization.k8s.io/v1beta1", ["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"], "1.19", "1.22", "authorization.k8s.io/v1"),
        Entry("certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.19", "1.22", "certificates.k8s.io/v1"),
        Entry("coordination.k8s.io/v1beta1", "Lease", "1.19", "1.22", "coordination.k8s.io/v1"),
        Entry("extensions/v1beta1", "Ingress", "1.14", "1.22", "networking.k8s.io/v1"),
        .. Kinds("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], "1.19", "1.22", "networking.k8s.io/v1"),
        .. Kinds("rbac.authorization.k8s.io/v1beta1", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], "1.17", "1.22", "rbac.authorization.k8s.io/v1"),
        Entry("scheduling.k8s.io/v1beta1", "PriorityClass", "1.14", "1.22", "scheduling.k8s.io/v1"),
        .. Kinds("storage.k8s.io/v1beta1", ["CSIDriver", "StorageClass", "VolumeAttachment"], "1.19", "1.22", "storage.k8s.io/v1"),
        Entry("storage.k8s.io/v1beta1", "CSINode", "1.17", "1.22", "storage.k8s.io/v1"),

        // Removed in 1.25.
        Entry("batch/v1beta1", "CronJob", "1.21", "1.25", "batch/v1"),
        Entry("discovery.k8s.io/v1beta1", "EndpointSlice", "1.21", "1.25", "discovery.k8s.io/v1"),
        Entry("events.k8s.io/v1beta1", "Event", "1.19", "1.25", "events.k8s.io/v1"),
        Entry("autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.22", "1.25", "autoscaling/v2"),
        Entry("policy/v1beta1", "PodDisruptionBudget", "1.21", "1.25", "policy/v1"),
        Entry("policy/v1beta1", "PodSecurityPolicy", "1.21", "1.25", null),
        Entry("node.k8s.io/v1beta1", "RuntimeClass", "1.20", "1.25", "node.k8s.io/v1"),

        // Removed in 1.26.
        .. Kinds("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema", "PriorityLevelConfiguration"], "1.23", "1.26", "flowcontrol.apiserver.k8s.io/v1beta3"),
        Entry("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.23", "1.26", "autoscaling/v2"),

        // Removed in 1.27.
        Entry("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.24", "1.27", "storage.k8s.io/v1"),

        // Removed in 1.29.
        .. Kinds("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema", "PriorityLevelConfiguration"], "1.26", "1.29", "flowcontrol.apiserver.k8s.io/v1"),

        // Removed in 1.32.
        .. Kinds("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema", "PriorityLevelConfiguration"], "1.29", "1.32", "flowcontrol.apiserver.k8s.io/v1"),
    ];

    private static readonly Dictionary<(string ApiVersion, string Kind), ApiDeprecation> ByKind =
        All.ToDictionary(d => (d.ApiVersion, d.Kind));

    /// <summary>The deprecation of <paramref name="kind"/> in <paramref name="apiVersion"/>, or null when there is none.</summary>
    public static ApiDeprecation? Find(string apiVersion, string kind) => ByKind.GetValueOrDefault((apiVersion, kind));

    /// <summary>Reads a release as users write it (<c>1.29</c>, <c>v1.29.3</c>); the patch does not matter here.</summary>
    public static Version? ParseRelease(string text) =>
        KubernetesVersions.Normalize(text) is { } normalized && Version.TryParse(normalized, out var full) ? new Version(full.Major, full.Minor) : null;

    private static ApiDeprecation Entry(string apiVersion, string kind, string deprecatedIn, string removedIn, string? replacement) =>
        new(apiVersion, kind, Version.Parse(deprecatedIn), Version.Parse(removedIn), replacement);

    private static IEnumerable<ApiDeprecation> Kinds(string apiVersion, string[] kinds, string deprecatedIn, string removedIn, string replacement) =>
        kinds.Select(kind => Entry(apiVersion, kind, deprecatedIn, removedIn, replacement));
}
