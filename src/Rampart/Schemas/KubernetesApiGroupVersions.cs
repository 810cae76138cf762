namespace Rampart.Schemas;

/// <summary>
/// The API versions Kubernetes releases serve (stable, beta and alpha ones of recent releases). A release that
/// lacks one answers 404 for its document, which <see cref="SchemaPuller"/> skips.
/// </summary>
public static class KubernetesApiGroupVersions
{
    public static IReadOnlyList<GroupVersion> All { get; } =
    [
        new("", "v1"),
        new("admissionregistration.k8s.io", "v1"),
        new("admissionregistration.k8s.io", "v1beta1"),
        new("admissionregistration.k8s.io", "v1alpha1"),
        new("apiextensions.k8s.io", "v1"),
        new("apiregistration.k8s.io", "v1"),
        new("apps", "v1"),
        new("authentication.k8s.io", "v1"),
        new("authorization.k8s.io", "v1"),
        new("autoscaling", "v1"),
        new("autoscaling", "v2"),
        new("batch", "v1"),
        new("certificates.k8s.io", "v1"),
        new("certificates.k8s.io", "v1beta1"),
        new("certificates.k8s.io", "v1alpha1"),
        new("coordination.k8s.io", "v1"),
        new("coordination.k8s.io", "v1beta1"),
        new("coordination.k8s.io", "v1alpha2"),
        new("discovery.k8s.io", "v1"),
        new("events.k8s.io", "v1"),
        new("flowcontrol.apiserver.k8s.io", "v1"),
        new("flowcontrol.apiserver.k8s.io", "v1beta3"),
        new("internal.apiserver.k8s.io", "v1alpha1"),
        new("networking.k8s.io", "v1"),
        new("networking.k8s.io", "v1beta1"),
        new("node.k8s.io", "v1"),
        new("policy", "v1"),
        new("rbac.authorization.k8s.io", "v1"),
        new("resource.k8s.io", "v1"),
        new("resource.k8s.io", "v1beta1"),
        new("resource.k8s.io", "v1beta2"),
        new("resource.k8s.io", "v1alpha3"),
        new("scheduling.k8s.io", "v1"),
        new("storage.k8s.io", "v1"),
        new("storage.k8s.io", "v1beta1"),
        new("storage.k8s.io", "v1alpha1"),
        new("storagemigration.k8s.io", "v1alpha1"),
    ];
}
