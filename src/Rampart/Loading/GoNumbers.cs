using System.Globalization;

namespace Rampart.Loading;

/// <summary>
/// The number grammars of Go's strconv as go-yaml v2 calls them: <c>ParseInt(s, 0, 64)</c>,
/// <c>ParseUint(s, 0, 64)</c> (sign, then <c>0x</c>, <c>0o</c>, <c>0b</c> or a leading <c>0</c> for octal) and
/// <c>ParseFloat</c> restricted to the forms go-yaml hands it. Underscores are removed by the caller.
/// </summary>
internal static class GoNumbers
{
    /// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (!TryParseMagnitude(s, out var magnitude))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            value = unchecked(-(long)magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    /// <summary>Go's <c>strconv.ParseUint(s, 0, 64)</c>: no sign allowed.</summary>
    public static bool TryParseUInt(ReadOnlySpan<char> s, out ulong value) => TryParseMagnitude(s, out value);

    /// <summary>Go's <c>strconv.ParseInt(s, radix, 64)</c> for an explicit radix (a sign is allowed, no prefix).</summary>
    public static bool TryParseIntRadix(ReadOnlySpan<char> s, int radix, out long value)
    {
        value = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (!TryDigits(s, radix, out var magnitude))
        {
            return false;
        }

        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > long.MaxValue)
        {
            return false;
        }

        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>Go's <c>strconv.ParseUint(s, radix, 64)</c> for an explicit radix.</summary>
    public static bool TryParseUIntRadix(ReadOnlySpan<char> s, int radix, out ulong value) => TryDigits(s, radix, out value);

    /// <summary>
    /// go-yaml v2's float pattern <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>.
    /// </summary>
    public static bool IsYamlFloat(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        var intDigits = CountDigits(s, i);
        i += intDigits;
        if (intDigits == 0)
        {
            if (i >= s.Length || s[i] != '.')
            {
                return false;
            }

            i++;
            var fraction = CountDigits(s, i);
            if (fraction == 0)
            {
                return false;
            }

            i += fraction;
        }
        else if (i < s.Length && s[i] == '.')
        {
            i++;
            i += CountDigits(s, i);
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            var exponent = CountDigits(s, i);
            if (exponent == 0)
            {
                return false;
            }

            i += exponent;
        }

        return i == s.Length;
    }

    /// <summary>
    /// Go's <c>strconv.ParseFloat</c> for a decimal already known to be well formed (no underscores): fails, as Go
    /// does, when the value overflows to infinity.
    /// </summary>
    public static bool TryParseFiniteDouble(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>
    /// Go's rule for underscores in number literals: each must sit between two digits (or after a base prefix).
    /// </summary>
    public static bool UnderscoresOk(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            s = s[1..];
        }

        var saw = '^';
        var i = 0;
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && (char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x'))
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || (hex && char.IsAsciiHexDigit(c)))
            {
                saw = '0';
            }
            else if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
            }
            else
            {
                if (saw == '_')
                {
                    return false;
                }

                saw = '!';
            }
        }

        return saw != '_';
    }

    private static bool TryParseMagnitude(ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var radix = 10;
        if (s.Length >= 2 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    s = s[2..];
                    break;
                case 'o' or 'O':
                    radix = 8;
                    s = s[2..];
                    break;
                case 'b' or 'B':
                    radix = 2;
                    s = s[2..];
                    break;
                default:
                    radix = 8;
                    s = s[1..];
                    break;
            }
        }

        return TryDigits(s, radix, out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int radix, out ulong value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            var next = unchecked((value * (ulong)radix) + (ulong)digit);
            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            value = next;
        }

        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> s, int from)
    {
        var n = 0;
        while (from + n < s.Length && char.IsAsciiDigit(s[from + n]))
        {
            n++;
        }

        return n;
    }
}
