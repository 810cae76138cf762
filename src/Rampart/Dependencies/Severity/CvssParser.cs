namespace Rampart.Dependencies.Severity;

/// <summary>
/// Reads a CVSS v3.0, v3.1 or v4.0 vector string (<c>CVSS:3.1/AV:N/AC:L/…</c>). A malformed vector — no or an
/// unknown <c>CVSS:</c> prefix, an empty or unreadable part, an unknown metric or value, a metric given twice, a
/// mandatory base metric missing — gives an error naming the problem, never an exception.
/// </summary>
public static class CvssParser
{
    public static (CvssVector? Vector, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "empty CVSS vector");
        }

        var parts = text.Trim().Split('/');
        CvssVersion? version = parts[0] switch
        {
            "CVSS:3.0" => CvssVersion.V30,
            "CVSS:3.1" => CvssVersion.V31,
            "CVSS:4.0" => CvssVersion.V40,
            _ => null,
        };
        if (version is null)
        {
            return (null, $"'{text}': not a CVSS v3.0, v3.1 or v4.0 vector (it must start with CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/)");
        }

        var set = version == CvssVersion.V40 ? CvssMetricSet.V4 : CvssMetricSet.V3;
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                return (null, $"'{text}': '{part}' is not a metric:value pair");
            }

            var (metric, value) = (part[..colon], part[(colon + 1)..]);
            if (!set.Allowed.TryGetValue(metric, out var values))
            {
                return (null, $"'{text}': unknown metric '{metric}' for {parts[0]}");
            }

            if (!values.Contains(value))
            {
                return (null, $"'{text}': '{value}' is not a value of {metric} (allowed: {string.Join(", ", values)})");
            }

            if (!metrics.TryAdd(metric, value))
            {
                return (null, $"'{text}': metric '{metric}' is given more than once");
            }
        }

        var missing = set.Mandatory.Where(m => !metrics.ContainsKey(m)).ToList();
        return missing.Count > 0
            ? (null, $"'{text}': mandatory base metric{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} missing")
            : (new CvssVector(version.Value, metrics, text.Trim()), null);
    }
}
