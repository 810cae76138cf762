using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A <c>net.CIDR</c> value: equal when address (as written) and prefix length are equal.</summary>
public sealed class CidrValue(NetworkPrefix prefix) : CelValue
{
    public NetworkPrefix Prefix { get; } = prefix;

    public override CelType Type => KubernetesTypes.Cidr;

    public override bool CelEquals(CelValue other) => other is CidrValue cidr && cidr.Prefix.Equals(Prefix);

    public override int CelHashCode() => Prefix.GetHashCode();

    public override string ToString() => Prefix.ToString();
}
