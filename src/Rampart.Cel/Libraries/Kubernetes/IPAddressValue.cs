using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// A <c>net.IP</c> value. Equality compares IPv4-mapped IPv6 addresses with the IPv4 address they map
/// (<c>ip('::ffff:c0a8:1') == ip('192.168.0.1')</c>), as the CEL conformance suite requires.
/// </summary>
public sealed class IPAddressValue(NetworkAddress address) : CelValue
{
    public NetworkAddress Address { get; } = address;

    public override CelType Type => KubernetesTypes.IP;

    public override bool CelEquals(CelValue other) => other is IPAddressValue ip && ip.Address.Unmap().Equals(Address.Unmap());

    public override int CelHashCode() => Address.Unmap().GetHashCode();

    public override string ToString() => Address.ToString();
}
