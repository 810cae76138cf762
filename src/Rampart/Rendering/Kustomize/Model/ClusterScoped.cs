namespace Rampart.Rendering.Kustomize.Model;

/// <summary>Kinds of Kubernetes' own API that have no namespace (a namespace transformer leaves them alone).</summary>
internal static class ClusterScoped
{
    private static readonly HashSet<string> Kinds =
    [
        "APIService", "CertificateSigningRequest", "ClusterRole", "ClusterRoleBinding", "ComponentStatus", "CSIDriver",
        "CSINode", "CustomResourceDefinition", "FlowSchema", "IngressClass", "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "Namespace", "Node", "PersistentVolume",
        "PodSecurityPolicy", "PriorityClass", "PriorityLevelConfiguration", "RuntimeClass", "SelfSubjectAccessReview",
        "SelfSubjectRulesReview", "StorageClass", "SubjectAccessReview", "TokenReview", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "VolumeAttachment", "ClusterTrustBundle",
        "DeviceClass", "IPAddress", "ServiceCIDR", "StorageVersionMigration", "VolumeAttributesClass",
    ];

    /// <summary>
    /// A kind of the list in Kubernetes' own groups; the same kind name in another group (a custom resource's
    /// <c>Namespace</c>) is namespaced, as Kustomize takes kinds its schema does not know.
    /// </summary>
    public static bool Is(Gvk gvk) =>
        Kinds.Contains(gvk.Kind) && (gvk.Group.Length == 0 || gvk.Group == "policy" || gvk.Group.EndsWith("k8s.io", StringComparison.Ordinal));
}
