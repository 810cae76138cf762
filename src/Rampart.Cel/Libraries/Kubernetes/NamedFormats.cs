using System.Globalization;
using System.Text.RegularExpressions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The named formats Kubernetes offers, with the checks and messages the API server uses.</summary>
public static partial class NamedFormats
{
    /// <summary>Every named format, by key.</summary>
    public static IReadOnlyDictionary<string, NamedFormat> All { get; } = new NamedFormat[]
    {
        new("dns1123Label", "DNS1123Label", NameValidation.Dns1123Label),
        new("dns1123Subdomain", "DNS1123Subdomain", NameValidation.Dns1123Subdomain),
        new("dns1035Label", "DNS1035Label", NameValidation.Dns1035Label),
        new("qualifiedName", "QualifiedName", NameValidation.QualifiedName),
        new("dns1123LabelPrefix", "DNS1123LabelPrefix", s => NameValidation.Dns1123Label(NameValidation.MaskTrailingDash(s))),
        new("dns1123SubdomainPrefix", "DNS1123SubdomainPrefix", s => NameValidation.Dns1123Subdomain(NameValidation.MaskTrailingDash(s))),
        new("dns1035LabelPrefix", "DNS1035LabelPrefix", s => NameValidation.Dns1035Label(NameValidation.MaskTrailingDash(s))),
        new("labelValue", "LabelValue", NameValidation.LabelValue),
        new("uri", "URI", Uri),
        new("uuid", "uuid", s => UuidPattern().IsMatch(s) ? [] : ["does not match the UUID format"]),
        new("byte", "byte", s => Base64Pattern().IsMatch(s) ? [] : ["invalid base64"]),
        new("date", "date", s => IsDate(s) ? [] : ["invalid date"]),
        new("datetime", "datetime", s => IsDateTime(s) ? [] : ["invalid datetime"]),
    }.ToDictionary(f => f.Key, StringComparer.Ordinal);

    private static string[] Uri(string value)
    {
        var (_, error) = GoUrl.ParseRequestUri(value);
        return error is null ? [] : [error];
    }

    /// <summary>Go's time.Parse with layout 2006-01-02: four-digit year, two-digit month and day, day within the month.</summary>
    internal static bool IsDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return day <= days[month - 1];
    }

    /// <summary>The OpenAPI date-time check of kube-openapi's strfmt: a date, 'T', then hh:mm:ss[.frac] and Z or an offset.</summary>
    internal static bool IsDateTime(string value)
    {
        if (value.Length < 4)
        {
            return false;
        }

        var parts = value.ToLowerInvariant().Split('t');
        if (parts.Length < 2 || !IsDate(parts[0]))
        {
            return false;
        }

        var match = TimePattern().Match(parts[1]);
        return match.Success
            && string.CompareOrdinal(match.Groups[1].Value, "23") <= 0
            && string.CompareOrdinal(match.Groups[2].Value, "59") <= 0
            && string.CompareOrdinal(match.Groups[3].Value, "59") <= 0;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})\\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Base64Pattern();

    [GeneratedRegex("^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))\\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimePattern();
}
