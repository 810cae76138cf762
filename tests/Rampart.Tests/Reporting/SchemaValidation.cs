using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Rampart.Tests.Reporting;

/// <summary>Validates report output against a JSON Schema and lists every error with its instance location.</summary>
internal static class SchemaValidation
{
    public static JsonSchema Load(string path) =>
        JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>
    /// Loads a draft-04 schema (the SARIF schema is one) so that a validator of later drafts evaluates it
    /// the same way: the dialect becomes draft-07 and draft-04's root <c>id</c> is dropped (every <c>$ref</c> in
    /// the SARIF schema is local, so the base URI does not matter). This is faithful as long as the schema uses
    /// no boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, the one draft-04 keyword whose meaning
    /// changed; the method refuses schemas that do.
    /// </summary>
    public static JsonSchema LoadDraft04(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", root["$schema"]?.GetValue<string>());
        Assert.DoesNotContain("\"exclusiveMinimum\": true", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.DoesNotContain("\"exclusiveMaximum\": true", File.ReadAllText(path), StringComparison.Ordinal);
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        Assert.DoesNotContain("\"$ref\": \"http", File.ReadAllText(path), StringComparison.Ordinal);
        root.Remove("id");

        return JsonSchema.FromText(root.ToJsonString());
    }

    /// <summary>
    /// Fails unless the document is valid. The message lists every failing node; alternatives of an
    /// <c>anyOf</c> that did not match appear there too, so read it for the node that matters.
    /// </summary>
    public static void AssertValid(JsonSchema schema, string json)
    {
        var (valid, errors) = Evaluate(schema, json);
        Assert.True(valid, "schema errors:\n" + string.Join("\n", errors.Take(80)));
    }

    public static (bool Valid, IReadOnlyList<string> Errors) Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? [])
            .Where(detail => !detail.IsValid && detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .ToList();
        return (results.IsValid, errors);
    }
}
