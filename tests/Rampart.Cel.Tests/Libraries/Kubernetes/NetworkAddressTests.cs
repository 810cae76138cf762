using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class NetworkAddressTests
{
    private static NetworkAddress A(string text)
    {
        var (address, error) = NetworkAddress.Parse(text);
        Assert.True(address is not null, error);
        return address!;
    }

    [Theory]
    [InlineData("192.168.0.1", "192.168.0.1")]
    [InlineData("2001:DB8::68", "2001:db8::68")]
    [InlineData("2001:db8:0:0:0:0:0:1", "2001:db8::1")]
    [InlineData("1:0:0:1:0:0:0:1", "1:0:0:1::1")]
    [InlineData("1:0:0:2:0:0:3:4", "1::2:0:0:3:4")]
    [InlineData("1:2:3:4:5:6:7:0", "1:2:3:4:5:6:7:0")]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("::ffff:192.168.0.1", "::ffff:192.168.0.1")]
    [InlineData("::ffff:c0a8:1", "::ffff:192.168.0.1")]
    [InlineData("64:ff9b::1.2.3.4", "64:ff9b::102:304")]
    [InlineData("fe80::1%eth0", "fe80::1%eth0")]
    public void Address_prints_in_canonical_form(string text, string expected)
    {
        Assert.Equal(expected, A(text).ToString());
    }

    [Theory]
    [InlineData("192.168.0.1.0", "ParseAddr(\"192.168.0.1.0\"): IPv4 address too long")]
    [InlineData("127.0.0.01", "ParseAddr(\"127.0.0.01\"): IPv4 field has octet with leading zero")]
    [InlineData("127.0.0.256", "ParseAddr(\"127.0.0.256\"): IPv4 field has value >255")]
    [InlineData("1.2.3", "ParseAddr(\"1.2.3\"): IPv4 address too short")]
    [InlineData("1..2.3", "ParseAddr(\"1..2.3\"): IPv4 field must have at least one digit (at \".2.3\")")]
    [InlineData("2001:db8:::68", "ParseAddr(\"2001:db8:::68\"): each colon-separated field must have at least one digit (at \":68\")")]
    [InlineData(":::1", "ParseAddr(\":::1\"): each colon-separated field must have at least one digit (at \":1\")")]
    [InlineData("1::2::3", "ParseAddr(\"1::2::3\"): multiple :: in address (at \":3\")")]
    [InlineData("12345::", "ParseAddr(\"12345::\"): each colon-separated field must have at most 4 hex digits (at \"12345::\")")]
    [InlineData("fe80::1%", "ParseAddr(\"fe80::1%\"): zone must be a non-empty string")]
    [InlineData("hello", "ParseAddr(\"hello\"): unable to parse IP")]
    [InlineData("%eth0", "ParseAddr(\"%eth0\"): missing IPv6 address")]
    [InlineData("1:2:3:4:5:6:7", "ParseAddr(\"1:2:3:4:5:6:7\"): address string too short")]
    [InlineData("1:2:3:4:5:6:7:8::", "ParseAddr(\"1:2:3:4:5:6:7:8::\"): the :: must expand to at least one field of zeros")]
    public void Invalid_address_reports_the_netip_message(string text, string message)
    {
        var (address, error) = NetworkAddress.Parse(text);
        Assert.Null(address);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("224.0.0.1", "linkLocalMulticast")]
    [InlineData("ff02::1", "linkLocalMulticast")]
    [InlineData("169.254.169.254", "linkLocalUnicast")]
    [InlineData("fe80::1", "linkLocalUnicast")]
    [InlineData("192.168.0.1", "globalUnicast")]
    [InlineData("10.0.0.1", "globalUnicast")]
    [InlineData("2001:db8::abcd", "globalUnicast")]
    [InlineData("fd00::1", "globalUnicast")]
    public void Address_class_predicates_match_go(string text, string only)
    {
        var address = A(text);
        Assert.Equal(only == "unspecified", address.IsUnspecified);
        Assert.Equal(only == "loopback", address.IsLoopback);
        Assert.Equal(only == "linkLocalMulticast", address.IsLinkLocalMulticast);
        Assert.Equal(only == "linkLocalUnicast", address.IsLinkLocalUnicast);
        Assert.Equal(only == "globalUnicast", address.IsGlobalUnicast);
    }

    [Theory]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.1.1")]
    [InlineData("ff00::1")]
    public void Broadcast_and_multicast_are_not_global_unicast(string text)
    {
        Assert.False(A(text).IsGlobalUnicast);
    }

    [Fact]
    public void Mapped_address_is_ipv6_until_unmapped()
    {
        var mapped = A("::ffff:c0a8:1");
        Assert.True(mapped.IsIPv6);
        Assert.True(mapped.IsIPv4MappedIPv6);
        Assert.Equal(A("192.168.0.1"), mapped.Unmap());
        Assert.NotEqual(A("192.168.0.1"), mapped);
    }
}
