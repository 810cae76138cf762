using System.Globalization;

namespace Rampart.Cel.Libraries.Kubernetes.Syntax;

/// <summary>
/// The syntax of a Kubernetes resource quantity (<c>resource.ParseQuantity</c>): an optionally signed decimal number
/// (<c>1</c>, <c>1.5</c>, <c>.5</c>, <c>5.</c>) followed by a binary SI suffix (<c>Ki Mi Gi Ti Pi Ei</c>), a decimal SI
/// suffix (<c>n u m k M G T P E</c>, or none) or a decimal exponent (<c>e3</c>, <c>E-2</c>). The one reading of the
/// text that schema validation and CEL's <c>quantity()</c> and <c>isQuantity()</c> share; CEL adds bounds on the value.
/// </summary>
public static class QuantitySyntax
{
    private const string SuffixCharacters = "eEinumkKMGTP";

    /// <summary>Whether <paramref name="text"/> is written as a quantity (its value is not bounded here).</summary>
    public static bool IsValid(string text) => Read(text, out _) == QuantityShape.Valid;

    /// <summary>Splits <paramref name="text"/> into its number and suffix and reads the suffix.</summary>
    internal static QuantityShape Read(string text, out QuantityParts parts)
    {
        parts = default;
        if (text.Length == 0 || !Scan(text, out var positive, out var value, out var numerator, out var denominator, out var suffix))
        {
            return QuantityShape.Malformed;
        }

        if (!TryInterpretSuffix(suffix, out var numberBase, out var exponent, out var format))
        {
            return QuantityShape.UnknownSuffix;
        }

        parts = new QuantityParts(positive, value, numerator, denominator, numberBase, exponent, format);
        return QuantityShape.Valid;
    }

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
    private static bool Scan(string text, out bool positive, out string value, out string numerator, out string denominator, out string suffix)
    {
        positive = true;
        value = numerator = denominator = suffix = string.Empty;
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
            value = numerator = "0";
            return pos > digitsStart;
        }

        var numStart = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        numerator = pos == numStart ? "0" : text[numStart..pos];
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
            return false;
        }

        value = text[..pos];
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

        suffix = text[suffixStart..];
        return pos == text.Length;
    }
}
