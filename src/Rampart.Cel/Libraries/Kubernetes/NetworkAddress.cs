using System.Globalization;
using System.Text;
using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// An IPv4 or IPv6 address with the parsing rules of Go's <c>net/netip</c> (no IPv4 leading zeros,
/// RFC 5952 text form) and its address-class predicates. IPv4-mapped IPv6 addresses stay IPv6.
/// </summary>
public sealed class NetworkAddress : IEquatable<NetworkAddress>
{
    private static readonly UInt128 MappedPrefix = (UInt128)0xffff << 32;

    internal NetworkAddress(UInt128 bits, bool isIPv4, string zone)
    {
        Bits = isIPv4 ? bits & uint.MaxValue : bits;
        IsIPv4 = isIPv4;
        Zone = zone;
    }

    /// <summary>The address bits; an IPv4 address uses the low 32.</summary>
    public UInt128 Bits { get; }

    public bool IsIPv4 { get; }

    /// <summary>True for IPv6 addresses, including IPv4-mapped ones.</summary>
    public bool IsIPv6 => !IsIPv4;

    /// <summary>The IPv6 zone after '%', or empty.</summary>
    public string Zone { get; }

    /// <summary>The number of bits in the address: 32 or 128.</summary>
    public int BitLength => IsIPv4 ? 32 : 128;

    /// <summary>True for IPv6 addresses of the form ::ffff:a.b.c.d.</summary>
    public bool IsIPv4MappedIPv6 => IsIPv6 && (Bits >> 32) == 0xffff;

    /// <summary>Parses like netip.ParseAddr; the error text is Go's.</summary>
    public static (NetworkAddress? Address, string? Error) Parse(string text) => NetworkAddressParser.Parse(text);

    /// <summary>The IPv4 address an IPv4-mapped IPv6 address stands for; any other address unchanged.</summary>
    public NetworkAddress Unmap() => IsIPv4MappedIPv6 ? new NetworkAddress(Bits & uint.MaxValue, true, string.Empty) : this;

    public bool IsUnspecified => Bits == UInt128.Zero && Zone.Length == 0;

    public bool IsLoopback
    {
        get
        {
            var address = Unmap();
            return address.IsIPv4 ? address.Byte(0) == 127 : address.Bits == UInt128.One;
        }
    }

    public bool IsMulticast
    {
        get
        {
            var address = Unmap();
            return address.IsIPv4 ? (address.Byte(0) & 0xf0) == 0xe0 : address.Byte(0) == 0xff;
        }
    }

    public bool IsLinkLocalMulticast
    {
        get
        {
            var address = Unmap();
            return address.IsIPv4
                ? address.Byte(0) == 224 && address.Byte(1) == 0 && address.Byte(2) == 0
                : (address.Group(0) & 0xff0f) == 0xff02;
        }
    }

    public bool IsLinkLocalUnicast
    {
        get
        {
            var address = Unmap();
            return address.IsIPv4
                ? address.Byte(0) == 169 && address.Byte(1) == 254
                : (address.Group(0) & 0xffc0) == 0xfe80;
        }
    }

    public bool IsGlobalUnicast
    {
        get
        {
            var address = Unmap();
            if (address.IsIPv4 && (address.Bits == UInt128.Zero || address.Bits == uint.MaxValue))
            {
                return false;
            }

            return !(address.IsIPv6 && address.Bits == UInt128.Zero)
                && !address.IsLoopback && !address.IsMulticast && !address.IsLinkLocalUnicast;
        }
    }

    /// <summary>The byte at <paramref name="index"/> in network order (0..3 or 0..15).</summary>
    public byte Byte(int index) => (byte)(Bits >> ((BitLength / 8) - 1 - index) * 8);

    /// <summary>The 16-bit IPv6 group at <paramref name="index"/> (0..7).</summary>
    public int Group(int index) => (int)(ushort)(Bits >> ((7 - index) * 16));

    /// <summary>Equal when the family, the bits and the zone are equal.</summary>
    public bool Equals(NetworkAddress? other) =>
        other is not null && other.IsIPv4 == IsIPv4 && other.Bits == Bits && other.Zone == Zone;

    public override bool Equals(object? obj) => obj is NetworkAddress other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Bits, IsIPv4, Zone);

    /// <summary>The canonical text: dotted quad, RFC 5952 IPv6, or ::ffff:a.b.c.d for mapped addresses.</summary>
    public override string ToString()
    {
        if (IsIPv4)
        {
            return DottedQuad((uint)Bits);
        }

        var zone = Zone.Length == 0 ? string.Empty : "%" + Zone;
        if (IsIPv4MappedIPv6)
        {
            return "::ffff:" + DottedQuad((uint)(Bits & uint.MaxValue)) + zone;
        }

        return Ipv6Text() + zone;
    }

    internal static UInt128 MappedBits(uint ipv4) => MappedPrefix | ipv4;

    private static string DottedQuad(uint value) => string.Create(CultureInfo.InvariantCulture,
        $"{value >> 24}.{(value >> 16) & 0xff}.{(value >> 8) & 0xff}.{value & 0xff}");

    private string Ipv6Text()
    {
        int zeroStart = -1, zeroEnd = -1;
        for (var i = 0; i < 8; i++)
        {
            var j = i;
            while (j < 8 && Group(j) == 0)
            {
                j++;
            }

            if (j - i >= 2 && j - i > zeroEnd - zeroStart)
            {
                zeroStart = i;
                zeroEnd = j;
            }
        }

        var builder = new StringBuilder(39);
        for (var i = 0; i < 8; i++)
        {
            if (i == zeroStart)
            {
                builder.Append("::");
                i = zeroEnd;
                if (i >= 8)
                {
                    break;
                }
            }
            else if (i > 0)
            {
                builder.Append(':');
            }

            builder.Append(Group(i).ToString("x", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
