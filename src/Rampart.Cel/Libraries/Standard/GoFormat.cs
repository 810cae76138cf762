using System.Globalization;
using System.Text;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>Number formatting and parsing as Go's <c>strconv</c> does it, which CEL's conversions follow.</summary>
internal static class GoFormat
{
    /// <summary>Go's <c>%g</c> with the shortest exact digits: <c>123.456</c>, <c>-0.0045</c>, <c>1e+06</c>, <c>+Inf</c>.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }

        // The shortest round-trip digits and where the decimal point goes.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var pointPosition = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            return "0";
        }

        var sb = new StringBuilder(value < 0 ? "-" : string.Empty);
        var decimalExponent = pointPosition - 1;
        if (decimalExponent < -4 || decimalExponent >= 6)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('e').Append(decimalExponent < 0 ? '-' : '+');
            sb.Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        if (pointPosition <= 0)
        {
            sb.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            sb.Append(digits).Append('0', pointPosition - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }

        return sb.ToString();
    }

    /// <summary>Go's <c>strconv.ParseBool</c>.</summary>
    /// <remarks>Longer text is rejected first: a switch on strings hashes the whole text.</remarks>
    public static bool? ParseBool(string text) => text.Length > 5 ? null : text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
