using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>params</c>: a mapping from policy id to that policy's parameters. Only the shape is checked here;
/// whether the policy exists and takes those parameters is checked when the policies are loaded.
/// </summary>
internal static class PolicyParameterReader
{
    public static IReadOnlyList<PolicyParameterConfig> Read(ConfigReader reader, Node? node)
    {
        var map = reader.Mapping(node, "params");
        if (map is null)
        {
            return [];
        }

        var result = new List<PolicyParameterConfig>(map.Count);
        foreach (var entry in map.Entries)
        {
            var id = reader.String(entry.Key, "params: a policy id");
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (reader.Mapping(entry.Value, $"params.{id}") is { } values)
            {
                result.Add(new PolicyParameterConfig(id.Trim(), values, new ConfigSource(reader.Path, entry.Key.Start.Line, entry.Key.Start.Column)));
            }
        }

        return result;
    }
}
