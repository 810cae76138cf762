using System.Globalization;
using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A CIDR prefix (address plus prefix length) with Go's <c>netip.Prefix</c> semantics.</summary>
public sealed class NetworkPrefix : IEquatable<NetworkPrefix>
{
    internal NetworkPrefix(NetworkAddress address, int bits)
    {
        Address = address;
        PrefixLength = bits;
    }

    /// <summary>The address as written, host bits included.</summary>
    public NetworkAddress Address { get; }

    public int PrefixLength { get; }

    /// <summary>Parses like netip.ParsePrefix; the error text is Go's.</summary>
    public static (NetworkPrefix? Prefix, string? Error) Parse(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0)
        {
            return Fail(text, "no '/'");
        }

        var (address, error) = NetworkAddress.Parse(text[..slash]);
        if (address is null)
        {
            return Fail(text, error!);
        }

        if (address.Zone.Length != 0)
        {
            return Fail(text, "IPv6 zones cannot be present in a prefix");
        }

        var bitsText = text[(slash + 1)..];
        if ((bitsText.Length > 1 && (bitsText[0] < '1' || bitsText[0] > '9'))
            || !int.TryParse(bitsText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bits))
        {
            return Fail(text, "bad bits after slash: " + GoQuote.Quote(bitsText));
        }

        if (bits < 0 || bits > address.BitLength)
        {
            return Fail(text, "prefix length out of range");
        }

        return (new NetworkPrefix(address, bits), null);
    }

    private static (NetworkPrefix?, string?) Fail(string input, string message) =>
        (null, "netip.ParsePrefix(" + GoQuote.Quote(input) + "): " + message);

    /// <summary>True when the address has this prefix's family and lies within it.</summary>
    public bool Contains(NetworkAddress address) =>
        address.Zone.Length == 0 && address.IsIPv4 == Address.IsIPv4 && (address.Bits & Mask) == (Address.Bits & Mask);

    /// <summary>True when the two prefixes share a family and one lies within the other.</summary>
    public bool Overlaps(NetworkPrefix other)
    {
        if (other.Address.IsIPv4 != Address.IsIPv4)
        {
            return false;
        }

        var mask = MaskFor(Math.Min(PrefixLength, other.PrefixLength), Address.BitLength);
        return (Address.Bits & mask) == (other.Address.Bits & mask);
    }

    /// <summary>True when <paramref name="other"/> lies entirely within this prefix.</summary>
    public bool ContainsPrefix(NetworkPrefix other) => Overlaps(other) && PrefixLength <= other.PrefixLength;

    /// <summary>The prefix with its host bits cleared.</summary>
    public NetworkPrefix Masked() => new(new NetworkAddress(Address.Bits & Mask, Address.IsIPv4, string.Empty), PrefixLength);

    private UInt128 Mask => MaskFor(PrefixLength, Address.BitLength);

    private static UInt128 MaskFor(int bits, int width)
    {
        if (bits == 0)
        {
            return UInt128.Zero;
        }

        var all = width == 32 ? (UInt128)uint.MaxValue : UInt128.MaxValue;
        return all & (all << (width - bits));
    }

    public bool Equals(NetworkPrefix? other) => other is not null && other.PrefixLength == PrefixLength && other.Address.Equals(Address);

    public override bool Equals(object? obj) => obj is NetworkPrefix other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Address, PrefixLength);

    public override string ToString() => Address + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
}
