using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary><c>.Capabilities</c> (a pointer to this struct, as Helm passes it).</summary>
internal sealed record HelmCapabilities(HelmKubeVersion KubeVersion, HelmVersionSet ApiVersions, HelmBuildInfo HelmVersion) : IGoValue
{
    /// <summary>The Kubernetes version Helm's own test builds report, and this renderer's default.</summary>
    public const string DefaultKubeVersion = "v1.20.0";

    /// <summary>The API versions a chart sees by default: the core groups of a cluster of the default version.</summary>
    public static readonly string[] DefaultApiVersions =
    [
        "v1", "admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1", "apps/v1", "authentication.k8s.io/v1",
        "authorization.k8s.io/v1", "autoscaling/v1", "autoscaling/v2", "batch/v1", "certificates.k8s.io/v1",
        "coordination.k8s.io/v1", "discovery.k8s.io/v1", "events.k8s.io/v1", "networking.k8s.io/v1", "node.k8s.io/v1",
        "policy/v1", "rbac.authorization.k8s.io/v1", "scheduling.k8s.io/v1", "storage.k8s.io/v1",
    ];

    public GoType GoType => HelmTypes.Capabilities;

    public GoPointer Pointer => new(HelmTypes.CapabilitiesPointer, this);
}
