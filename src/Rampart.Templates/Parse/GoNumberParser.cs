using System.Globalization;
using System.Numerics;

namespace Rampart.Templates.Parse;

/// <summary>Go's strconv number parsing as the template parser uses it: base prefixes, underscores, hex floats.</summary>
internal static class GoNumberParser
{
    private static readonly System.Buffers.SearchValues<char> FloatChars = System.Buffers.SearchValues.Create("0123456789.eE+-");

    /// <summary>Fills the node as Go's newNumber does; returns an error message or null.</summary>
    public static string? Fill(NumberNode n, TokenKind kind)
    {
        var text = n.Text;
        if (kind == TokenKind.CharConstant)
        {
            var (ok, rune, tail) = GoUnquote.UnquoteChar(text.AsSpan(1), '\'');
            if (!ok)
            {
                return "invalid syntax";
            }

            if (tail != "'")
            {
                return "malformed character constant: " + text;
            }

            n.Int64 = rune;
            n.IsInt = true;
            n.Uint64 = (ulong)rune;
            n.IsUint = true;
            n.Float64 = rune;
            n.IsFloat = true;
            return null;
        }

        if (kind == TokenKind.Complex)
        {
            var split = Math.Max(text.LastIndexOf('+'), text.LastIndexOf('-'));
            if (split <= 0 || !TryParseFloat(text[..split], out var re) || !TryParseFloat(text[split..^1], out var im))
            {
                return "expected integer";
            }

            n.IsComplex = true;
            n.Real = re;
            n.Imaginary = im;
            Simplify(n);
            return null;
        }

        if (text.Length > 0 && text[^1] == 'i' && TryParseFloat(text[..^1], out var imag))
        {
            n.IsComplex = true;
            n.Imaginary = imag;
            Simplify(n);
            return null;
        }

        var isUint = TryParseInteger(text, out var big) && big >= 0 && big <= ulong.MaxValue;
        if (isUint)
        {
            n.IsUint = true;
            n.Uint64 = (ulong)big;
        }

        if (TryParseInteger(text, out big) && big >= long.MinValue && big <= long.MaxValue)
        {
            n.IsInt = true;
            n.Int64 = (long)big;
            if (n.Int64 == 0)
            {
                n.IsUint = true;
            }
        }

        if (n.IsInt)
        {
            n.IsFloat = true;
            n.Float64 = n.Int64;
        }
        else if (n.IsUint)
        {
            n.IsFloat = true;
            n.Float64 = n.Uint64;
        }
        else if (TryParseFloat(text, out var f))
        {
            if (text.AsSpan().IndexOfAny(".eEpP") < 0)
            {
                return "integer overflow: " + Values.GoQuote.Quote(text);
            }

            n.IsFloat = true;
            n.Float64 = f;
            if (Math.Floor(f) == f && f >= -9.2233720368547758e18 && f < 9.2233720368547758e18)
            {
                n.IsInt = true;
                n.Int64 = (long)f;
            }

            if (Math.Floor(f) == f && f >= 0 && f < 1.8446744073709552e19)
            {
                n.IsUint = true;
                n.Uint64 = (ulong)f;
            }
        }

        return !n.IsInt && !n.IsUint && !n.IsFloat ? "illegal number syntax: " + Values.GoQuote.Quote(text) : null;
    }

    private static void Simplify(NumberNode n)
    {
        if (n.Imaginary == 0)
        {
            n.IsFloat = true;
            n.Float64 = n.Real;
            if (Math.Floor(n.Real) == n.Real && Math.Abs(n.Real) < 9.2e18)
            {
                n.IsInt = true;
                n.Int64 = (long)n.Real;
            }

            if (Math.Floor(n.Real) == n.Real && n.Real >= 0 && n.Real < 1.8e19)
            {
                n.IsUint = true;
                n.Uint64 = (ulong)n.Real;
            }
        }
    }

    /// <summary>strconv.ParseInt(text, 0, ...) without the range check.</summary>
    public static bool TryParseInteger(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        var radix = 10;
        var prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            switch (char.ToLowerInvariant(s[1]))
            {
                case 'x': radix = 16; s = s[2..]; prefixed = true; break;
                case 'o': radix = 8; s = s[2..]; prefixed = true; break;
                case 'b': radix = 2; s = s[2..]; prefixed = true; break;
                default: radix = 8; s = s[1..]; prefixed = true; break;
            }
        }

        if (!UnderscoresOk(text))
        {
            return false;
        }

        var any = false;
        foreach (var c in s)
        {
            if (c == '_')
            {
                continue;
            }

            var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= radix)
            {
                return false;
            }

            value = value * radix + d;
            any = true;
        }

        if (!any && !(prefixed && radix == 8 && s.Length == 0))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    // Go's underscoreOK: underscores only between digits or after a base prefix.
    private static bool UnderscoresOk(string s)
    {
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && "bBoOxX".Contains(s[1], StringComparison.Ordinal))
        {
            i = 2;
            saw = '0';
            hex = s[1] is 'x' or 'X';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || (hex && char.IsAsciiHexDigit(c)))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }

    /// <summary>strconv.ParseFloat(text, 64): decimal and hexadecimal forms, underscores, Inf and NaN.</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        if (!UnderscoresOk(text))
        {
            return false;
        }

        var s = text.Replace("_", "", StringComparison.Ordinal);
        var body = s.TrimStart('+', '-');
        var negative = s.StartsWith('-');
        if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseHexFloat(body[2..], negative, out value);
        }

        if (body.Length == 0 || body.AsSpan().IndexOfAnyExcept(FloatChars) >= 0 || !(char.IsAsciiDigit(body[0]) || body[0] == '.'))
        {
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseHexFloat(string s, bool negative, out double value)
    {
        value = 0;
        var p = s.IndexOfAny(['p', 'P']);
        var mantissa = p < 0 ? s : s[..p];
        var exponent = 0;
        if (p >= 0 && !int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        if (digits.Length == 0 || (p < 0 && dot >= 0))
        {
            return false;
        }

        var m = BigInteger.Zero;
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            m = m * 16 + Convert.ToInt32(c.ToString(), 16);
        }

        var scale = dot < 0 ? 0 : (mantissa.Length - dot - 1) * 4;
        value = (double)m * Math.Pow(2, exponent - scale);
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
