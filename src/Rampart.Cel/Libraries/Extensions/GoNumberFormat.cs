using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// Number formatting that matches Go's fmt and strconv digit for digit: %f and %e round the exact
/// binary value half to even, and the shortest form prints without an exponent.
/// </summary>
internal static class GoNumberFormat
{
    /// <summary>Go's <c>%.{precision}f</c>.</summary>
    public static string Fixed(double value, int precision)
    {
        if (SpecialName(value) is { } name)
        {
            return name;
        }

        var (digits, pointIndex) = Exact(value);
        var rounded = RoundAt(digits, pointIndex + precision, out var carry);
        pointIndex += carry;
        var whole = pointIndex <= 0 ? "0" : rounded[..pointIndex];
        var fraction = pointIndex >= 0 ? rounded[pointIndex..] : new string('0', -pointIndex) + rounded;
        fraction = fraction.Length >= precision ? fraction[..precision] : fraction.PadRight(precision, '0');
        var sign = double.IsNegative(value) ? "-" : string.Empty;
        return precision == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /// <summary>Go's <c>%.{precision}e</c>: one digit, the fraction, and an exponent of at least two digits.</summary>
    public static string Scientific(double value, int precision)
    {
        if (SpecialName(value) is { } name)
        {
            return name;
        }

        var sign = double.IsNegative(value) ? "-" : string.Empty;
        int exponent;
        string mantissa;
        if (value == 0)
        {
            exponent = 0;
            mantissa = new string('0', precision + 1);
        }
        else
        {
            var (digits, pointIndex) = Exact(value);
            var firstNonZero = digits.AsSpan().IndexOfAnyExcept('0');
            digits = digits[firstNonZero..];
            pointIndex -= firstNonZero;
            var rounded = RoundAt(digits, precision + 1, out var carry);
            mantissa = rounded.PadRight(precision + 1, '0')[..(precision + 1)];
            exponent = pointIndex - 1 + carry;
        }

        var builder = new StringBuilder(sign).Append(mantissa[0]);
        if (precision > 0)
        {
            builder.Append('.').Append(mantissa.AsSpan(1));
        }

        builder.Append(exponent < 0 ? "e-" : "e+");
        return builder.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Go's <c>strconv.FormatFloat(value, 'f', -1, 64)</c>: the shortest digits that round-trip, no exponent.</summary>
    public static string Shortest(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        if (negative)
        {
            roundTrip = roundTrip[1..];
        }

        var e = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? roundTrip : roundTrip[..e];
        var exponent = e < 0 ? 0 : int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var pointIndex = (dot < 0 ? mantissa.Length : dot) + exponent;
        string result;
        if (pointIndex <= 0)
        {
            result = "0." + new string('0', -pointIndex) + digits;
        }
        else if (pointIndex >= digits.Length)
        {
            result = digits + new string('0', pointIndex - digits.Length);
        }
        else
        {
            result = digits[..pointIndex] + "." + digits[pointIndex..];
        }

        result = TrimNumber(result);
        return (negative ? "-" : string.Empty) + result;
    }

    /// <summary>An integer in base 2, 8 or 16 with a leading '-' for negative values, as Go's fmt prints it.</summary>
    public static string Integer(BigInteger value, int radix, bool upper)
    {
        var negative = value.Sign < 0;
        var magnitude = BigInteger.Abs(value);
        if (magnitude.IsZero)
        {
            return "0";
        }

        var symbols = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var builder = new StringBuilder();
        while (!magnitude.IsZero)
        {
            builder.Insert(0, symbols[(int)(magnitude % radix)]);
            magnitude /= radix;
        }

        return (negative ? "-" : string.Empty) + builder;
    }

    private static string? SpecialName(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity" : null;

    private static string TrimNumber(string text)
    {
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        var trimmed = text.TrimStart('0');
        return trimmed.Length == 0 || trimmed[0] == '.' ? "0" + trimmed : trimmed;
    }

    /// <summary>The exact decimal expansion of |value|: digits and the index of the decimal point within them.</summary>
    private static (string Digits, int PointIndex) Exact(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7ff);
        var mantissa = bits & 0xfffffffffffffL;
        int exponent;
        if (exponentBits == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = exponentBits - 1075;
        }

        if (exponent >= 0)
        {
            var whole = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            return (whole, whole.Length);
        }

        var scaled = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
        var places = -exponent;
        if (scaled.Length <= places)
        {
            scaled = new string('0', places - scaled.Length + 1) + scaled;
        }

        return (scaled, scaled.Length - places);
    }

    /// <summary>Keeps <paramref name="keep"/> leading digits, rounding half to even; carry is 1 when a digit was added in front.</summary>
    private static string RoundAt(string digits, int keep, out int carry)
    {
        carry = 0;
        if (keep >= digits.Length)
        {
            return digits;
        }

        if (keep < 0)
        {
            return string.Empty;
        }

        var kept = digits[..keep];
        var rest = digits.AsSpan(keep);
        var first = rest[0];
        var tailNonZero = rest[1..].IndexOfAnyExcept('0') >= 0;
        var lastKeptOdd = kept.Length > 0 && (kept[^1] - '0') % 2 == 1;
        var roundUp = first > '5' || (first == '5' && (tailNonZero || lastKeptOdd));
        if (!roundUp)
        {
            return kept;
        }

        var chars = kept.ToCharArray();
        var i = chars.Length - 1;
        while (i >= 0 && chars[i] == '9')
        {
            chars[i] = '0';
            i--;
        }

        if (i >= 0)
        {
            chars[i]++;
            return new string(chars);
        }

        carry = 1;
        return "1" + new string(chars);
    }
}
