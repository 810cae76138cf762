using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>Go's <c>netip.ParseAddr</c>, including its error messages.</summary>
internal static class NetworkAddressParser
{
    public static (NetworkAddress?, string?) Parse(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '.':
                    return ParseIPv4(text);
                case ':':
                    return ParseIPv6(text);
                case '%':
                    return Fail(text, "missing IPv6 address");
            }
        }

        return Fail(text, "unable to parse IP");
    }

    private static (NetworkAddress?, string?) Fail(string input, string message, string? at = null) =>
        (null, "ParseAddr(" + GoQuote.Quote(input) + "): " + message + (string.IsNullOrEmpty(at) ? string.Empty : " (at " + GoQuote.Quote(at) + ")"));

    private static (NetworkAddress?, string?) ParseIPv4(string text)
    {
        var error = ParseIPv4Fields(text, 0, text.Length, out var value);
        return error is null ? (new NetworkAddress(value, true, string.Empty), null) : (null, error);
    }

    /// <summary>Reads a dotted quad from input[start..end]; returns Go's error text or null.</summary>
    internal static string? ParseIPv4Fields(string input, int start, int end, out uint value)
    {
        value = 0;
        int val = 0, pos = 0, digits = 0;
        var s = input[start..end];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits == 1 && val == 0)
                {
                    return Fail(input, "IPv4 field has octet with leading zero").Item2;
                }

                val = (val * 10) + (c - '0');
                digits++;
                if (val > 255)
                {
                    return Fail(input, "IPv4 field has value >255").Item2;
                }
            }
            else if (c == '.')
            {
                if (i == 0 || i == s.Length - 1 || s[i - 1] == '.')
                {
                    return Fail(input, "IPv4 field must have at least one digit", s[i..]).Item2;
                }

                if (pos == 3)
                {
                    return Fail(input, "IPv4 address too long").Item2;
                }

                value = (value << 8) | (uint)val;
                pos++;
                val = 0;
                digits = 0;
            }
            else
            {
                return Fail(input, "unexpected character", s[i..]).Item2;
            }
        }

        if (pos < 3)
        {
            return Fail(input, "IPv4 address too short").Item2;
        }

        value = (value << 8) | (uint)val;
        return null;
    }

    private static (NetworkAddress?, string?) ParseIPv6(string input)
    {
        var s = input;
        var zone = string.Empty;
        var percent = s.IndexOf('%', StringComparison.Ordinal);
        if (percent >= 0)
        {
            zone = s[(percent + 1)..];
            s = s[..percent];
            if (zone.Length == 0)
            {
                return Fail(input, "zone must be a non-empty string");
            }
        }

        var groups = new byte[16];
        var ellipsis = -1;
        if (s.StartsWith("::", StringComparison.Ordinal))
        {
            ellipsis = 0;
            s = s[2..];
            if (s.Length == 0)
            {
                return (new NetworkAddress(UInt128.Zero, false, zone), null);
            }
        }

        var i = 0;
        while (i < 16)
        {
            var off = 0;
            uint acc = 0;
            for (; off < s.Length; off++)
            {
                var digit = HexValue(s[off]);
                if (digit < 0)
                {
                    break;
                }

                acc = (acc << 4) + (uint)digit;
                if (off > 3)
                {
                    return Fail(input, "each colon-separated field must have at most 4 hex digits", s);
                }

                if (acc > ushort.MaxValue)
                {
                    return Fail(input, "IPv6 field has value >=2^16", s);
                }
            }

            if (off == 0)
            {
                return Fail(input, "each colon-separated field must have at least one digit", s);
            }

            if (off < s.Length && s[off] == '.')
            {
                if (ellipsis < 0 && i != 12)
                {
                    return Fail(input, "embedded IPv4 address must replace the final 2 fields of the address", s);
                }

                if (i + 4 > 16)
                {
                    return Fail(input, "too many hex fields to fit an embedded IPv4 at the end of the address", s);
                }

                var end = input.Length - (zone.Length > 0 ? zone.Length + 1 : 0);
                if (ParseIPv4Fields(input, end - s.Length, end, out var ipv4) is { } ipv4Error)
                {
                    return (null, ipv4Error);
                }

                groups[i] = (byte)(ipv4 >> 24);
                groups[i + 1] = (byte)(ipv4 >> 16);
                groups[i + 2] = (byte)(ipv4 >> 8);
                groups[i + 3] = (byte)ipv4;
                s = string.Empty;
                i += 4;
                break;
            }

            groups[i] = (byte)(acc >> 8);
            groups[i + 1] = (byte)acc;
            i += 2;
            s = s[off..];
            if (s.Length == 0)
            {
                break;
            }

            if (s[0] != ':')
            {
                return Fail(input, "unexpected character, want colon", s);
            }

            if (s.Length == 1)
            {
                return Fail(input, "colon must be followed by more characters", s);
            }

            s = s[1..];
            if (s[0] == ':')
            {
                if (ellipsis >= 0)
                {
                    return Fail(input, "multiple :: in address", s);
                }

                ellipsis = i;
                s = s[1..];
                if (s.Length == 0)
                {
                    break;
                }
            }
        }

        if (s.Length != 0)
        {
            return Fail(input, "trailing garbage after address", s);
        }

        if (i < 16)
        {
            if (ellipsis < 0)
            {
                return Fail(input, "address string too short");
            }

            var n = 16 - i;
            for (var j = i - 1; j >= ellipsis; j--)
            {
                groups[j + n] = groups[j];
            }

            Array.Clear(groups, ellipsis, n);
        }
        else if (ellipsis >= 0)
        {
            return Fail(input, "the :: must expand to at least one field of zeros", s);
        }

        UInt128 bits = 0;
        foreach (var b in groups)
        {
            bits = (bits << 8) | b;
        }

        return (new NetworkAddress(bits, false, zone), null);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
