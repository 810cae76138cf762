using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Writes the embedded set of ecosystem CRD schemas (<see cref="EcosystemSchemas"/>) from published
/// CustomResourceDefinition YAML: one entry per served version, <c>{group, version, kind, schema}</c>, the schema
/// being the version's <c>openAPIV3Schema</c> without its descriptions. Used by <c>tools/Rampart.SchemaGenerator</c>.
/// </summary>
public static class EcosystemSchemaWriter
{
    /// <param name="files">Each file's name (for messages) and text.</param>
    /// <param name="problems">Files without a CRD, and kinds defined twice.</param>
    public static byte[] Write(IEnumerable<(string Name, string Text)> files, List<string> problems)
    {
        var kinds = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var found = 0;
            foreach (var document in new YamlLoader().Load(name, text))
            {
                if (document.Root is not MappingNode root || (root["kind"] as ScalarNode)?.Text != CrdCompiler.Kind)
                {
                    continue;
                }

                foreach (var (gvk, schema, _) in CrdCompiler.Versions(root))
                {
                    var key = $"{gvk.Group}/{gvk.Version}/{gvk.Kind}";
                    var json = JsonNode.Parse(NodeJson.ToUtf8(schema))!;
                    StripDescriptions(json);
                    if (!kinds.TryAdd(key, new JsonObject { ["group"] = gvk.Group, ["version"] = gvk.Version, ["kind"] = gvk.Kind, ["schema"] = json }))
                    {
                        problems.Add($"{name}: {key} is defined twice");
                    }

                    found++;
                }
            }

            if (found == 0)
            {
                problems.Add($"{name}: no CustomResourceDefinition with a schema");
            }
        }

        var all = new JsonArray([.. kinds.Values]);
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["kinds"] = all });
    }

    /// <summary>Removes <c>description</c> from every schema object (not a property that happens to be named so).</summary>
    private static void StripDescriptions(JsonNode? schema)
    {
        if (schema is not JsonObject obj)
        {
            return;
        }

        obj.Remove("description");
        foreach (var key in new[] { "items", "additionalProperties", "not" })
        {
            StripDescriptions(obj[key]);
        }

        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (_, value) in properties)
            {
                StripDescriptions(value);
            }
        }

        foreach (var key in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (obj[key] is JsonArray alternatives)
            {
                foreach (var alternative in alternatives)
                {
                    StripDescriptions(alternative);
                }
            }
        }
    }
}
