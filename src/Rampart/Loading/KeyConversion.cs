using System.Globalization;
using System.Text;

namespace Rampart.Loading;

/// <summary>
/// How sigs.k8s.io/yaml turns a non-string YAML key into a JSON key: booleans become "true"/"false", integers
/// their decimal digits, floats Go's <c>FormatFloat(f, 'g', -1, 32)</c> (with ".inf", "-.inf", ".nan");
/// null keys and integers past int64 are rejected.
/// </summary>
internal static class KeyConversion
{
    public static string? ToKeyText(ScalarNode key) => key.Kind switch
    {
        ScalarKind.String => key.Text,
        ScalarKind.Bool => key.Bool ? "true" : "false",
        ScalarKind.Int => key.IsUnsigned ? null : key.Int.ToString(CultureInfo.InvariantCulture),
        ScalarKind.Float => FormatFloat32(key.Float),
        _ => null,
    };

    /// <summary>Go's <c>strconv.FormatFloat(value, 'g', -1, 32)</c>, with go-yaml's names for infinities and NaN.</summary>
    internal static string FormatFloat32(double value)
    {
        var single = (float)value;
        if (float.IsNaN(single))
        {
            return ".nan";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? ".inf" : "-.inf";
        }

        // .NET's round-trip form is the shortest that reads back as the same float, as Go's is.
        var shortest = single.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        var (digits, point) = Decompose(negative ? shortest[1..] : shortest);
        var builder = new StringBuilder(24);
        if (negative)
        {
            builder.Append('-');
        }

        if (digits.Length == 0)
        {
            return builder.Append('0').ToString();
        }

        var exponent = point - 1;
        if (exponent < -4 || exponent >= 6)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                builder.Append('0');
            }

            return builder.Append(magnitude.ToString(CultureInfo.InvariantCulture)).ToString();
        }

        if (point <= 0)
        {
            builder.Append("0.").Append('0', -point).Append(digits);
            return builder.ToString();
        }

        if (point >= digits.Length)
        {
            return builder.Append(digits).Append('0', point - digits.Length).ToString();
        }

        return builder.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point).ToString();
    }

    /// <summary>Significant digits (no leading or trailing zeros) and the position of the decimal point.</summary>
    private static (string Digits, int Point) Decompose(string number)
    {
        var exponent = 0;
        var e = number.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(number.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            number = number[..e];
        }

        var dot = number.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot < 0 ? number.Length : dot;
        var all = dot < 0 ? number : string.Concat(number.AsSpan(0, dot), number.AsSpan(dot + 1));
        var leading = 0;
        while (leading < all.Length && all[leading] == '0')
        {
            leading++;
        }

        var significant = all[leading..].TrimEnd('0');
        return (significant, integerLength - leading + exponent);
    }
}
