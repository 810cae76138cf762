using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class NetworkPrefixTests
{
    private static NetworkPrefix P(string text)
    {
        var (prefix, error) = NetworkPrefix.Parse(text);
        Assert.True(prefix is not null, error);
        return prefix!;
    }

    private static NetworkAddress A(string text) => NetworkAddress.Parse(text).Address!;

    [Theory]
    [InlineData("192.168.0.0/24", "192.168.0.1", true)]
    [InlineData("192.168.0.0/24", "192.168.1.1", false)]
    [InlineData("2001:db8::/32", "2001:db8::1", true)]
    [InlineData("2001:db8::/32", "192.168.1.1", false)]
    [InlineData("192.168.1.1/32", "2001:db8::1", false)]
    [InlineData("0.0.0.0/0", "8.8.8.8", true)]
    [InlineData("0.0.0.0/0", "::ffff:8.8.8.8", false)]
    [InlineData("10.0.0.1/8", "10.200.0.1", true)]
    public void Prefix_contains_addresses_of_its_family_within_its_bits(string prefix, string address, bool expected)
    {
        Assert.Equal(expected, P(prefix).Contains(A(address)));
    }

    [Theory]
    [InlineData("192.168.0.0/24", "192.168.0.0/25", true)]
    [InlineData("192.168.0.0/24", "192.168.0.1/32", true)]
    [InlineData("192.168.0.0/24", "192.168.0.0/23", false)]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", true)]
    [InlineData("2001:db8::/32", "2001:db8::/33", true)]
    [InlineData("2001:db8::/32", "10.0.0.0/8", false)]
    public void Prefix_contains_narrower_prefixes_inside_it(string parent, string child, bool expected)
    {
        Assert.Equal(expected, P(parent).ContainsPrefix(P(child)));
    }

    [Theory]
    [InlineData("192.168.0.1/24", "192.168.0.0/24")]
    [InlineData("2001:db8::1/32", "2001:db8::/32")]
    [InlineData("255.255.255.255/0", "0.0.0.0/0")]
    public void Masked_clears_host_bits(string text, string expected)
    {
        Assert.Equal(expected, P(text).Masked().ToString());
    }

    [Fact]
    public void Prefix_keeps_the_written_address_and_length()
    {
        var prefix = P("192.168.0.1/24");
        Assert.Equal("192.168.0.1", prefix.Address.ToString());
        Assert.Equal(24, prefix.PrefixLength);
        Assert.Equal(P("127.0.0.1/24"), P("127.0.0.1/24"));
        Assert.NotEqual(P("127.0.0.1/24"), P("127.0.0.0/24"));
    }

    [Theory]
    [InlineData("192.168.0.0/", "netip.ParsePrefix(\"192.168.0.0/\"): bad bits after slash: \"\"")]
    [InlineData("10.0.0.0/08", "netip.ParsePrefix(\"10.0.0.0/08\"): bad bits after slash: \"08\"")]
    [InlineData("10.0.0.0/+8", "netip.ParsePrefix(\"10.0.0.0/+8\"): bad bits after slash: \"+8\"")]
    [InlineData("10.0.0.0/33", "netip.ParsePrefix(\"10.0.0.0/33\"): prefix length out of range")]
    [InlineData("10.0.0.0", "netip.ParsePrefix(\"10.0.0.0\"): no '/'")]
    [InlineData("fe80::1%en0/24", "netip.ParsePrefix(\"fe80::1%en0/24\"): IPv6 zones cannot be present in a prefix")]
    public void Invalid_prefix_reports_the_netip_message(string text, string message)
    {
        var (prefix, error) = NetworkPrefix.Parse(text);
        Assert.Null(prefix);
        Assert.Equal(message, error);
    }
}
