using System.Globalization;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>store</c>: <c>sla</c> (a map of severity to days from 1 to 36500, or <c>none</c>), <c>retentionDays</c> (a
/// whole number from 1), <c>linkTemplate</c> (an http(s) URL using only the placeholders <c>{repository}</c>,
/// <c>{branch}</c>, <c>{commit}</c>, <c>{path}</c> and <c>{line}</c>) and <c>cluster</c> (a name). An unknown key or a
/// wrong value is an error at its line.
/// </summary>
internal static class StoreSettingsReader
{
    public const int MaxSlaDays = 36_500;

    public static readonly IReadOnlyList<string> Severities = ["critical", "high", "medium", "low", "info"];

    public static readonly IReadOnlyList<string> LinkPlaceholders = ["repository", "branch", "commit", "path", "line"];

    public static StoreSettings Read(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "store") is not { } map)
        {
            return StoreSettings.Default;
        }

        reader.OnlyKeys(map, "store", "sla", "retentionDays", "linkTemplate", "cluster");
        var link = reader.String(map["linkTemplate"], "store.linkTemplate");
        if (link is not null && LinkTemplateError(link) is { } problem)
        {
            reader.Error(map["linkTemplate"]!, $"store.linkTemplate: {problem}");
            link = null;
        }

        var cluster = reader.String(map["cluster"], "store.cluster");
        if (cluster is not null && (cluster.Length is 0 or > 256 || cluster.Any(char.IsControl)))
        {
            reader.Error(map["cluster"]!, "store.cluster must be a name of 1 to 256 characters without control characters");
            cluster = null;
        }

        return new StoreSettings
        {
            Sla = ReadSla(reader, map["sla"]),
            RetentionDays = RenderLimitsReader.Count(reader, map["retentionDays"], "store.retentionDays"),
            LinkTemplate = link,
            Cluster = cluster,
        };
    }

    /// <summary>Why <paramref name="template"/> is no usable link template, or null when it is one.</summary>
    public static string? LinkTemplateError(string template)
    {
        var rest = template;
        for (var open = rest.IndexOf('{', StringComparison.Ordinal); open >= 0; open = rest.IndexOf('{', StringComparison.Ordinal))
        {
            var close = rest.IndexOf('}', open);
            if (close < 0)
            {
                return $"'{{' at {template.Length - rest.Length + open + 1} is not closed";
            }

            var name = rest[(open + 1)..close];
            if (!LinkPlaceholders.Contains(name))
            {
                return $"unknown placeholder '{{{name}}}' (expected: {string.Join(", ", LinkPlaceholders.Select(p => "{" + p + "}"))})";
            }

            rest = rest[..open] + "x" + rest[(close + 1)..];
        }

        return Uri.TryCreate(rest, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !rest.Contains('}', StringComparison.Ordinal)
            ? null
            : $"'{template}' is not an http or https URL";
    }

    private static Dictionary<string, int?> ReadSla(ConfigReader reader, Node? node)
    {
        var sla = new Dictionary<string, int?>(StringComparer.Ordinal);
        if (reader.Mapping(node, "store.sla") is not { } map)
        {
            return sla;
        }

        reader.OnlyKeys(map, "store.sla", [.. Severities]);
        foreach (var severity in Severities)
        {
            if (map[severity] is not { } value)
            {
                continue;
            }

            if (value is ScalarNode { Text: "none" })
            {
                sla[severity] = null;
            }
            else if (value is ScalarNode { Kind: ScalarKind.Int } scalar
                && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxSlaDays)
            {
                sla[severity] = days;
            }
            else
            {
                reader.Error(value, $"store.sla.{severity} must be a whole number of days from 1 to {MaxSlaDays}, or none");
            }
        }

        return sla;
    }
}
