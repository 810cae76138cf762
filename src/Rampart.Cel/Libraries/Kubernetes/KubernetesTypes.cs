using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The opaque CEL types of the Kubernetes libraries, named as the API server names them.</summary>
public static class KubernetesTypes
{
    public static CelType IP { get; } = CelType.Opaque("net.IP");

    public static CelType Cidr { get; } = CelType.Opaque("net.CIDR");

    public static CelType Quantity { get; } = CelType.Opaque("kubernetes.Quantity");

    public static CelType Semver { get; } = CelType.Opaque("kubernetes.Semver");

    public static CelType Url { get; } = CelType.Opaque("kubernetes.URL");

    public static CelType NamedFormat { get; } = CelType.Opaque("kubernetes.NamedFormat");
}
