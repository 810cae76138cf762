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

        var rule = reader.String(map["rule"], "waiver rule");
        var fingerprint = reader.String(map["fingerprint"], "waiver fingerprint");
        var path = reader.String(map["path"], "waiver path");
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
            Kind = reader.String(resource?["kind"], "waiver resource kind"),
            Namespace = reader.String(resource?["namespace"], "waiver resource namespace"),
            Name = reader.String(resource?["name"], "waiver resource name"),
            Reason = reason,
            Approver = approver,
            Expires = expires.Value,
            Source = reader.SourceOf(map),
        };
    }
}
