using System.Globalization;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// Go's <c>strconv.ParseFloat(s, 64)</c>, which cel-go's <c>double(string)</c> calls: decimal and hexadecimal
/// (<c>0x1p-2</c>) forms, underscores between digits (<c>1_000.5</c>), <c>inf</c>, <c>infinity</c> and <c>nan</c>
/// in any case, and no result for a value beyond the double range (<c>1e309</c>).
/// </summary>
internal static class GoFloatParser
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var negative = text.StartsWith('-');
        var body = text.AsSpan(text.Length > 0 && text[0] is '+' or '-' ? 1 : 0);
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        var hex = body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X';
        if (body.Contains('_') && !UnderscoresBetweenDigits(body, hex))
        {
            return false;
        }

        var digits = body.ToString().Replace("_", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 0 || !(char.IsAsciiDigit(digits[0]) || digits[0] == '.'))
        {
            return false;
        }

        var parsed = hex
            ? TryParseHex(digits.AsSpan(2), out value)
            : double.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
        if (!parsed || double.IsInfinity(value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>Go's rule: an underscore sits between two digits, or between the base prefix and a digit.</summary>
    private static bool UnderscoresBetweenDigits(ReadOnlySpan<char> s, bool hex)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '_')
            {
                continue;
            }

            var before = i > 0 && (IsDigit(s[i - 1], hex) || (hex && i == 2));
            var after = i + 1 < s.Length && IsDigit(s[i + 1], hex);
            if (!before || !after)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c, bool hex) => hex ? char.IsAsciiHexDigit(c) : char.IsAsciiDigit(c);

    /// <summary>A hexadecimal mantissa with a binary exponent, which Go requires: <c>1.8p3</c> is 12.</summary>
    private static bool TryParseHex(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var p = s.IndexOfAny('p', 'P');
        if (p <= 0 || !int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            return false;
        }

        var mantissa = s[..p];
        var point = mantissa.IndexOf('.');
        var fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        var anyDigit = false;
        double total = 0;
        foreach (var c in mantissa)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            anyDigit = true;
            total = (total * 16) + Convert.ToInt32(c.ToString(), 16);
        }

        if (!anyDigit || (point >= 0 && mantissa[(point + 1)..].Contains('.')))
        {
            return false;
        }

        value = Math.ScaleB(total, exponent - (4 * fractionDigits));
        return true;
    }
}
