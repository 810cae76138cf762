using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes IP and CIDR libraries (<c>kubernetes.net.ip</c>, <c>net.cidr</c>), which cel-go's network
/// extension mirrors. Parsing is strict: no IPv4 leading zeros, no zones, and no IPv4-mapped IPv6 written
/// with a dotted quad. Where Kubernetes and the CEL conformance suite differ, this follows the suite
/// (see docs/cel.md, "Libraries").
/// </summary>
internal sealed class NetworkLibrary : ICelLibrary
{
    public static NetworkLibrary Instance { get; } = new();

    private static readonly CelType S = CelType.String;
    private static readonly CelType B = CelType.Bool;
    private static readonly CelType IP = KubernetesTypes.IP;
    private static readonly CelType Cidr = KubernetesTypes.Cidr;

    /// <summary>Parsing is a traversal of the text, as Kubernetes charges it.</summary>
    private static readonly CelCallCost Traversal = CelCallCost.PerSize(0, 0.1);

    /// <summary>The comparison plus a traversal of the text of the address or prefix to parse.</summary>
    private static readonly CelCallCost ParseArgument = CelCallCost.PerSize(1, 0.1);

    public string Name => "kubernetes.net";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddType(IP)
        .AddType(Cidr)
        .AddFunction("ip", f => f
            .Global("string_to_ip", S, IP, s => ParseIP(Text(s)), Traversal, prepare: ConstantFolding.Fold(a => ParseIP(Text(a[0]))))
            .Member("cidr_ip", Cidr, IP, c => new IPAddressValue(Prefix(c).Address)))
        .AddFunction("isIP", f => f.Global("is_ip", S, B, s => CelBool.Of(ParseIP(Text(s)) is IPAddressValue), Traversal))
        .AddFunction("ip.isCanonical", f => f.Global("ip_is_canonical", S, B, IsCanonical, CelCallCost.PerSize(0, 0.2)))
        .AddFunction("family", f => f.Member("ip_family", IP, CelType.Int, ip => CelInt.Of(Address(ip).IsIPv4 ? 4 : 6)))
        .AddFunction("isUnspecified", f => f.Member("ip_is_unspecified", IP, B, ip => CelBool.Of(Address(ip).IsUnspecified)))
        .AddFunction("isLoopback", f => f.Member("ip_is_loopback", IP, B, ip => CelBool.Of(Address(ip).IsLoopback)))
        .AddFunction("isLinkLocalMulticast", f => f.Member("ip_is_link_local_multicast", IP, B, ip => CelBool.Of(Address(ip).IsLinkLocalMulticast)))
        .AddFunction("isLinkLocalUnicast", f => f.Member("ip_is_link_local_unicast", IP, B, ip => CelBool.Of(Address(ip).IsLinkLocalUnicast)))
        .AddFunction("isGlobalUnicast", f => f.Member("ip_is_global_unicast", IP, B, ip => CelBool.Of(Address(ip).IsGlobalUnicast)))
        .AddFunction("cidr", f => f.Global("string_to_cidr", S, Cidr, s => ParseCidr(Text(s)), Traversal, prepare: ConstantFolding.Fold(a => ParseCidr(Text(a[0])))))
        .AddFunction("isCIDR", f => f.Global("is_cidr", S, B, s => CelBool.Of(ParseCidr(Text(s)) is CidrValue), Traversal))
        .AddFunction("containsIP", f => f
            .Member("cidr_contains_ip_ip", Cidr, IP, B, (c, ip) => CelBool.Of(Prefix(c).Contains(Address(ip))))
            .Member("cidr_contains_ip_string", Cidr, S, B, (c, s) => ContainsIP(Prefix(c), ParseIP(Text(s))), ParseArgument))
        .AddFunction("containsCIDR", f => f
            .Member("cidr_contains_cidr", Cidr, Cidr, B, (c, other) => CelBool.Of(Prefix(c).ContainsPrefix(Prefix(other))))
            .Member("cidr_contains_cidr_string", Cidr, S, B, (c, s) => ContainsCidr(Prefix(c), ParseCidr(Text(s))), ParseArgument))
        .AddFunction("masked", f => f.Member("cidr_masked", Cidr, Cidr, c => new CidrValue(Prefix(c).Masked())))
        .AddFunction("prefixLength", f => f.Member("cidr_prefix_length", Cidr, CelType.Int, c => CelInt.Of(Prefix(c).PrefixLength)))
        .AddFunction("string", f => f
            .Global("ip_to_string", IP, S, ip => CelString.Of(Address(ip).ToString()))
            .Global("cidr_to_string", Cidr, S, c => CelString.Of(Prefix(c).ToString())));

    /// <summary>An IP value, or the error value explaining why the text is not an acceptable address.</summary>
    internal static CelValue ParseIP(string text)
    {
        var (address, error) = NetworkAddress.Parse(text);
        if (address is null)
        {
            return new CelError($"IP Address '{text}' parse error during conversion from string: {error}");
        }

        if (address.Zone.Length != 0)
        {
            return new CelError("IP Address with zone value is not allowed");
        }

        if (address.IsIPv4MappedIPv6 && text.Contains('.', StringComparison.Ordinal))
        {
            return new CelError("IPv4-mapped IPv6 address is not allowed");
        }

        return new IPAddressValue(address);
    }

    /// <summary>A CIDR value, or the error value explaining why the text is not an acceptable prefix.</summary>
    internal static CelValue ParseCidr(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash >= 0 && text.AsSpan(0, slash).Contains('%'))
        {
            return new CelError("CIDR with zone value is not allowed");
        }

        var (prefix, error) = NetworkPrefix.Parse(text);
        if (prefix is null)
        {
            return new CelError("network address parse error during conversion from string: " + error);
        }

        if (prefix.Address.IsIPv4MappedIPv6 && text[..slash].Contains('.', StringComparison.Ordinal))
        {
            return new CelError("IPv4-mapped IPv6 address is not allowed");
        }

        return new CidrValue(prefix);
    }

    private static CelValue ContainsIP(NetworkPrefix prefix, CelValue parsed) =>
        parsed is IPAddressValue ip ? CelBool.Of(prefix.Contains(ip.Address)) : parsed;

    private static CelValue ContainsCidr(NetworkPrefix prefix, CelValue parsed) =>
        parsed is CidrValue other ? CelBool.Of(prefix.ContainsPrefix(other.Prefix)) : parsed;

    private static CelValue IsCanonical(CelValue text)
    {
        var parsed = ParseIP(Text(text));
        return parsed is IPAddressValue ip ? CelBool.Of(string.Equals(ip.Address.ToString(), Text(text), StringComparison.Ordinal)) : parsed;
    }

    private static string Text(CelValue value) => ((CelString)value).Value;

    private static NetworkAddress Address(CelValue value) => ((IPAddressValue)value).Address;

    private static NetworkPrefix Prefix(CelValue value) => ((CidrValue)value).Prefix;
}
