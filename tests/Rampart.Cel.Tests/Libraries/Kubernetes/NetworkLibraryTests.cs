using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class NetworkLibraryTests
{
    private static CelValue Ip(string text) => Call("string_to_ip", S(text));

    private static CelValue Cidr(string text) => Call("string_to_cidr", S(text));

    [Fact]
    public void Ip_parses_and_prints_canonically()
    {
        Is(S("192.168.0.1"), Call("ip_to_string", Ip("192.168.0.1")));
        Is(S("2001:db8::68"), Call("ip_to_string", Ip("2001:DB8::68")));
        Is(I(4), Call("ip_family", Ip("192.168.0.1")));
        Is(I(6), Call("ip_family", Ip("2001:db8::68")));
    }

    [Theory]
    [InlineData("192.168.0.1.0", "IP Address '192.168.0.1.0' parse error during conversion from string: ParseAddr(\"192.168.0.1.0\"): IPv4 address too long")]
    [InlineData("127.0.0.01", "IP Address '127.0.0.01' parse error during conversion from string: ParseAddr(\"127.0.0.01\"): IPv4 field has octet with leading zero")]
    [InlineData("fe80::1%en0", "IP Address with zone value is not allowed")]
    [InlineData("::ffff:192.168.0.1", "IPv4-mapped IPv6 address is not allowed")]
    public void Ip_rejects_what_kubernetes_rejects(string text, string message)
    {
        IsError(Ip(text), message);
        Is(B(false), Call("is_ip", S(text)));
    }

    [Fact]
    public void Mapped_address_written_in_hex_equals_its_ipv4_address()
    {
        Assert.True(Ip("::ffff:c0a8:1").CelEquals(Ip("192.168.0.1")));
        Assert.False(Ip("::ffff:c0a8:1").CelEquals(Ip("192.168.10.1")));
        Assert.False(Ip("::").CelEquals(Ip("::ffff")));
        Assert.True(Ip("2001:db8::1").CelEquals(Ip("2001:DB8::1")));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("2001:db8::abcd", true)]
    [InlineData("2001:DB8::68", false)]
    [InlineData("2001:db8::0:0:0:abcd", false)]
    public void Is_canonical_compares_the_text_with_the_canonical_form(string text, bool expected)
    {
        Is(B(expected), Call("ip_is_canonical", S(text)));
    }

    [Fact]
    public void Is_canonical_of_an_invalid_address_is_an_error()
    {
        Assert.IsType<CelError>(Call("ip_is_canonical", S("127.0.0.1.0")));
    }

    [Fact]
    public void Address_predicates()
    {
        Is(B(true), Call("ip_is_unspecified", Ip("0.0.0.0")));
        Is(B(true), Call("ip_is_loopback", Ip("::1")));
        Is(B(false), Call("ip_is_global_unicast", Ip("255.255.255.255")));
        Is(B(true), Call("ip_is_link_local_multicast", Ip("ff02::1")));
        Is(B(true), Call("ip_is_link_local_unicast", Ip("169.254.169.254")));
    }

    [Fact]
    public void Cidr_members()
    {
        Is(B(true), Call("cidr_contains_ip_ip", Cidr("192.168.0.0/24"), Ip("192.168.0.1")));
        Is(B(false), Call("cidr_contains_ip_string", Cidr("192.168.0.0/24"), S("192.168.1.1")));
        Is(B(true), Call("cidr_contains_cidr", Cidr("192.168.0.0/24"), Cidr("192.168.0.1/32")));
        Is(B(false), Call("cidr_contains_cidr_string", Cidr("192.168.0.0/24"), S("192.168.0.0/23")));
        Assert.True(Call("cidr_ip", Cidr("192.168.0.0/24")).CelEquals(Ip("192.168.0.0")));
        Assert.True(Call("cidr_masked", Cidr("192.168.0.1/24")).CelEquals(Cidr("192.168.0.0/24")));
        Is(I(32), Call("cidr_prefix_length", Cidr("2001:db8::/32")));
        Is(S("2001:db8::/32"), Call("cidr_to_string", Cidr("2001:db8::/32")));
        IsError(Call("cidr_contains_ip_string", Cidr("10.0.0.0/8"), S("10.0.0.01")),
            "IP Address '10.0.0.01' parse error during conversion from string: ParseAddr(\"10.0.0.01\"): IPv4 field has octet with leading zero");
    }

    [Theory]
    [InlineData("192.168.0.0/", "network address parse error during conversion from string: netip.ParsePrefix(\"192.168.0.0/\"): bad bits after slash: \"\"")]
    [InlineData("fe80::1%en0/24", "CIDR with zone value is not allowed")]
    [InlineData("::ffff:192.168.0.1/24", "IPv4-mapped IPv6 address is not allowed")]
    public void Cidr_rejects_what_kubernetes_rejects(string text, string message)
    {
        IsError(Cidr(text), message);
        Is(B(false), Call("is_cidr", S(text)));
    }

    [Fact]
    public void Values_carry_the_net_types()
    {
        Assert.Equal("net.IP", Ip("::1").Type.Name);
        Assert.Equal("net.CIDR", Cidr("::1/128").Type.Name);
    }
}
