using System.Globalization;

namespace Rampart.Loading;

/// <summary>
/// Says how Kubernetes reads an unquoted value whose meaning differs between YAML 1.1 (what Kubernetes uses),
/// YAML 1.2 and what a reader expects. Returns null for values that read the same everywhere.
/// </summary>
internal static class AmbiguousValues
{
    public static string? Describe(string text, in ScalarResolution resolved)
    {
        switch (resolved.Kind)
        {
            case ScalarKind.Bool:
                return text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                    ? null
                    : $"Kubernetes reads `{text}` as the boolean {(resolved.Bool ? "true" : "false")} (YAML 1.1), YAML 1.2 tools read the string \"{text}\"";
            case ScalarKind.Int:
                return DescribeInt(text, resolved);
            case ScalarKind.Float:
                return DescribeFloat(text, resolved.Float);
            case ScalarKind.String:
                return IsSexagesimal(text)
                    ? $"Kubernetes reads `{text}` as the string \"{text}\", but YAML 1.1 tools read it as a base-60 number{Base60Value(text)}"
                    : null;
            default:
                return null;
        }
    }

    private static string? DescribeInt(string text, in ScalarResolution resolved)
    {
        // Most integers read the same everywhere: their value is written out only for a description.
        var digits = text.AsSpan().TrimStart("+-");
        if (text.Contains('_', StringComparison.Ordinal))
        {
            return $"Kubernetes reads `{text}` as the number {ValueOf(resolved)} (YAML 1.1), YAML 1.2 tools read the string \"{text}\"";
        }

        if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]))
        {
            return $"Kubernetes reads `{text}` as the octal number {ValueOf(resolved)} (YAML 1.1), YAML 1.2 tools read the decimal {DecimalReading(text)}";
        }

        if (digits.Length > 1 && digits[0] == '0' && digits[1] is 'b' or 'B')
        {
            return $"Kubernetes reads `{text}` as the binary number {ValueOf(resolved)} (YAML 1.1), YAML 1.2 tools read the string \"{text}\"";
        }

        return null;
    }

    private static string ValueOf(in ScalarResolution resolved) => resolved.IsUnsigned
        ? resolved.UInt.ToString(CultureInfo.InvariantCulture)
        : resolved.Int.ToString(CultureInfo.InvariantCulture);

    private static string? DescribeFloat(string text, double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        var shown = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('_', StringComparison.Ordinal))
        {
            return $"Kubernetes reads `{text}` as the number {shown} (YAML 1.1), YAML 1.2 tools read the string \"{text}\"";
        }

        var digits = text.AsSpan().TrimStart("+-");
        var hasPoint = text.Contains('.', StringComparison.Ordinal);
        if (!hasPoint && digits.IndexOfAny('e', 'E') < 0)
        {
            return digits.Length > 1 && digits[0] == '0'
                ? $"Kubernetes reads `{text}` as the number {shown}, not as the text \"{text}\""
                : $"Kubernetes reads `{text}` as the floating-point number {shown}: it is too large for a 64-bit integer";
        }

        if (!hasPoint)
        {
            return $"Kubernetes reads `{text}` as the number {shown}, YAML 1.1 tools read the string \"{text}\"";
        }

        return null;
    }

    private static string DecimalReading(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : text;

    /// <summary>YAML 1.1's base-60 forms: <c>[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?</c>.</summary>
    internal static bool IsSexagesimal(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        if (i >= s.Length || s[i] is < '1' or > '9')
        {
            return false;
        }

        i++;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        var groups = 0;
        while (i < s.Length && s[i] == ':')
        {
            i++;
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 2)
            {
                i++;
            }

            var length = i - start;
            if (length == 0 || (length == 2 && s[start] > '5'))
            {
                return false;
            }

            groups++;
        }

        if (groups == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
            {
                i++;
            }
        }

        return i == s.Length;
    }

    private static string Base60Value(string text)
    {
        if (text.Contains('.', StringComparison.Ordinal))
        {
            return "";
        }

        long value = 0;
        var negative = text.StartsWith('-');
        foreach (var part in text.TrimStart('+', '-').Replace("_", "", StringComparison.Ordinal).Split(':'))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || value > (long.MaxValue / 60) - 60)
            {
                return "";
            }

            value = (value * 60) + n;
        }

        return " (" + (negative ? -value : value).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
