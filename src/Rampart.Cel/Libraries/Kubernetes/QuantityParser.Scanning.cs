using System.Globalization;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The scanner half of <see cref="QuantityParser"/>: splitting the text and reading its suffix.</summary>
internal static partial class QuantityParser
{
    private static bool TryInterpretSuffix(string suffix, out int numberBase, out int exponent, out QuantityFormat format)
    {
        numberBase = 10;
        format = QuantityFormat.DecimalSI;
        exponent = suffix switch
        {
            "" => 0,
            "n" => -9,
            "u" => -6,
            "m" => -3,
            "k" => 3,
            "M" => 6,
            "G" => 9,
            "T" => 12,
            "P" => 15,
            "E" => 18,
            _ => int.MinValue,
        };
        if (exponent != int.MinValue)
        {
            return true;
        }

        format = QuantityFormat.BinarySI;
        numberBase = 2;
        exponent = suffix switch
        {
            "Ki" => 10,
            "Mi" => 20,
            "Gi" => 30,
            "Ti" => 40,
            "Pi" => 50,
            "Ei" => 60,
            _ => int.MinValue,
        };
        if (exponent != int.MinValue)
        {
            return true;
        }

        numberBase = 10;
        format = QuantityFormat.DecimalExponent;
        if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E')
            && long.TryParse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            exponent = unchecked((int)parsed);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Splits the text the way the API server's scanner does; false when the shape is wrong. The number must have a
    /// digit, as the documented grammar says (<c>&lt;number&gt; ::= &lt;digits&gt; | &lt;digits&gt;.&lt;digits&gt; |
    /// &lt;digits&gt;. | .&lt;digits&gt;</c>): <c>.</c>, <c>+</c>, <c>-</c>, <c>e3</c> and <c>Ki</c> are not
    /// quantities (the API server's scanner reads them as zero).
    /// </summary>
    private static bool Scan(string text, out QuantityScan scan)
    {
        var positive = true;
        var pos = 0;
        if (text[0] == '-' || text[0] == '+')
        {
            positive = text[0] == '+';
            pos++;
        }

        var digitsStart = pos;
        while (pos < text.Length && text[pos] == '0')
        {
            pos++;
        }

        if (pos >= text.Length)
        {
            scan = new(positive, "0", "0", string.Empty, string.Empty);
            return pos > digitsStart;
        }

        var numStart = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        var numerator = pos == numStart ? "0" : text[numStart..pos];
        var denominator = string.Empty;
        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            var denomStart = pos;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            denominator = text[denomStart..pos];
        }

        if (pos == digitsStart || (pos == digitsStart + 1 && text[digitsStart] == '.'))
        {
            scan = default;
            return false;
        }

        var value = text[..pos];
        var suffixStart = pos;
        while (pos < text.Length && SuffixCharacters.Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        if (pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
        {
            pos++;
        }

        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        scan = new(positive, value, numerator, denominator, text[suffixStart..]);
        return pos == text.Length;
    }
}
