using Rampart.Loading;

namespace Rampart.Configuration;

internal static class WaiverReader
{
    public static List<WaiverConfig> ReadAll(ConfigReader reader, Node? node)
    {
        var waivers = new List<WaiverConfig>();
        foreach (var item in reader.Sequence(node, "waivers"))
        {
            if (reader.Mapping(item, "a waiver") is { } map && Read(reader, map) is { } waiver)
            {
                waivers.Add(waiver);
            }
        }

        return waivers;
    }

    private static WaiverConfig? Read(ConfigReader reader, MappingNode map)
    {
        reader.OnlyKeys(map, "a waiver", "rule", "fingerprint", "path", "resource", "reason", "approver", "expires");
        var errorsBefore = reader.Errors.Count;
        var resource = reader.Mapping(map["resource"], "waiver resource");
        if (resource is not null)
        {
            reader.OnlyKeys(resource, "a waiver resource", "kind", "namespace", "name");
        }

        var rule = Selector(reader, map, "rule");
        var fingerprint = Selector(reader, map, "fingerprint");
        var path = Selector(reader, map, "path");
        var kind = Selector(reader, resource, "kind", "waiver resource");
        var ns = Selector(reader, resource, "namespace", "waiver resource");
        var name = Selector(reader, resource, "name", "waiver resource");
        if (resource is not null && kind is null && ns is null && name is null)
        {
            // An empty resource selector would select every finding.
            reader.Error(resource, "a waiver resource needs a kind, a namespace or a name");
        }

        if (rule is null && fingerprint is null && path is null && resource is null)
        {
            reader.Error(map, "a waiver needs at least one selector: rule, fingerprint, path or resource");
        }

        var reason = reader.RequiredString(map, "reason", "waiver reason");
        var approver = reader.RequiredString(map, "approver", "waiver approver");
        var expires = ConfigLoader.ReadDate(reader, map["expires"], "waiver expires");
        if (map["expires"] is null)
        {
            reader.Error(map, "waiver expires is required (YYYY-MM-DD)");
        }

        if (reader.Errors.Count > errorsBefore || reason is null || approver is null || expires is null)
        {
            return null;
        }

        return new WaiverConfig
        {
            Rule = rule is null ? null : Glob.ForName(rule),
            Fingerprint = fingerprint,
            Path = path is null ? null : Glob.ForPath(path),
            Kind = kind,
            Namespace = ns,
            Name = name,
            Reason = reason,
            Approver = approver,
            Expires = expires.Value,
            Source = reader.SourceOf(map),
        };
    }

    /// <summary>
    /// A selector's text. An empty one is an error, not a wildcard: <c>path: ""</c> would otherwise read as
    /// <c>**</c> and waive every finding of the repository.
    /// </summary>
    private static string? Selector(ConfigReader reader, MappingNode? map, string key, string where = "waiver")
    {
        var value = reader.String(map?[key], $"{where} {key}");
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            reader.Error(map![key]!, $"{where} {key} is empty");
        }

        return value;
    }
}
