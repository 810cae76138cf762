using System.Globalization;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The named formats Kubernetes offers, with the checks and messages the API server uses.</summary>
public static class NamedFormats
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
        new("uuid", "uuid", s => IsUuid(s) ? [] : ["does not match the UUID format"]),
        new("byte", "byte", s => IsBase64(s) ? [] : ["invalid base64"]),
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

        return IsTime(parts[1]);
    }

    /// <summary>hh:mm:ss, an optional fraction after any one character, then 'z' or ±hh:mm (strfmt's pattern), with hh &lt;= 23 and mm, ss &lt;= 59.</summary>
    private static bool IsTime(string value)
    {
        if (value.Length < 9 || value[2] != ':' || value[5] != ':' || !Digits(value, 0, 2) || !Digits(value, 3, 2) || !Digits(value, 6, 2))
        {
            return false;
        }

        if (string.CompareOrdinal(value, 0, "23", 0, 2) > 0 || string.CompareOrdinal(value, 3, "59", 0, 2) > 0 || string.CompareOrdinal(value, 6, "59", 0, 2) > 0)
        {
            return false;
        }

        var zone = value.AsSpan(8);
        if (zone is "z" || IsOffset(zone))
        {
            return true;
        }

        // A fraction: any single character (not a line break) followed by digits, then the zone.
        if (zone.Length < 2 || zone[0] == '\n')
        {
            return false;
        }

        var digits = 1;
        while (digits < zone.Length && char.IsAsciiDigit(zone[digits]))
        {
            digits++;
        }

        // Try every split: the fraction's digits may be followed by a zone that itself starts with digits.
        for (var end = digits; end >= 2; end--)
        {
            var rest = zone[end..];
            if (rest is "z" || IsOffset(rest))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOffset(ReadOnlySpan<char> zone) =>
        zone.Length == 6 && zone[0] is '+' or '-' && char.IsAsciiDigit(zone[1]) && char.IsAsciiDigit(zone[2]) && zone[3] == ':'
        && char.IsAsciiDigit(zone[4]) && char.IsAsciiDigit(zone[5]);

    private static bool Digits(string value, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>32 hex digits in groups of 8-4-4-4-12, each hyphen optional (strfmt's UUID pattern, any case).</summary>
    internal static bool IsUuid(string value)
    {
        int[] groups = [8, 4, 4, 4, 12];
        var i = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (g > 0 && i < value.Length && value[i] == '-')
            {
                i++;
            }

            for (var n = 0; n < groups[g]; n++, i++)
            {
                if (i >= value.Length || !char.IsAsciiHexDigit(value[i]))
                {
                    return false;
                }
            }
        }

        return i == value.Length;
    }

    /// <summary>govalidator's base64 pattern: whole padded quanta of the standard alphabet, at least one.</summary>
    internal static bool IsBase64(string value)
    {
        if (value.Length == 0 || value.Length % 4 != 0)
        {
            return false;
        }

        var padding = value.EndsWith("==", StringComparison.Ordinal) ? 2 : value.EndsWith('=') ? 1 : 0;
        for (var i = 0; i < value.Length - padding; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '/')
            {
                return false;
            }
        }

        return true;
    }
}
