using System.Text.Json;

namespace Rampart.Dependencies.Vex;

/// <summary>
/// Reads OpenVEX documents (JSON, <c>statements[]</c>) with System.Text.Json. A vulnerability is a
/// <c>{"name", "aliases"}</c> object (or the plain string of early documents); a product is a <c>{"@id"}</c> object
/// (or a string), with its <c>subcomponents</c>. Malformed input gives an error naming the document and line.
/// </summary>
public static class OpenVexReader
{
    private static readonly HashSet<string> Statuses = [VexStatement.NotAffected, VexStatement.Affected, VexStatement.Fixed, VexStatement.UnderInvestigation];

    public static (IReadOnlyList<VexStatement> Statements, string? Error) Read(string name, ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statements", out var statements) || statements.ValueKind != JsonValueKind.Array)
            {
                return ([], $"{name}: an OpenVEX document is a JSON object with a 'statements' array");
            }

            var result = new List<VexStatement>();
            var index = 0;
            foreach (var statement in statements.EnumerateArray())
            {
                if (Statement(statement, name) is not { } read)
                {
                    return ([], $"{name}: statement {index + 1} needs a vulnerability, products and a status ({string.Join(", ", Statuses.Order(StringComparer.Ordinal))})");
                }

                result.Add(read);
                index++;
            }

            return (result, null);
        }
        catch (JsonException e)
        {
            return ([], $"{name}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message}");
        }
    }

    private static VexStatement? Statement(JsonElement statement, string name)
    {
        if (statement.ValueKind != JsonValueKind.Object || Text(statement, "status") is not { } status || !Statuses.Contains(status))
        {
            return null;
        }

        var vulnerabilities = new List<string>();
        if (statement.TryGetProperty("vulnerability", out var vulnerability))
        {
            if (vulnerability.ValueKind == JsonValueKind.String)
            {
                vulnerabilities.Add(vulnerability.GetString()!);
            }
            else if (vulnerability.ValueKind == JsonValueKind.Object)
            {
                vulnerabilities.AddRange(new[] { Text(vulnerability, "name"), Text(vulnerability, "@id") }.OfType<string>());
                vulnerabilities.AddRange(Strings(vulnerability, "aliases"));
            }
        }

        var products = new List<string>();
        if (statement.TryGetProperty("products", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var product in list.EnumerateArray())
            {
                products.AddRange(Identifiers(product));
                if (product.ValueKind == JsonValueKind.Object && product.TryGetProperty("subcomponents", out var subs) && subs.ValueKind == JsonValueKind.Array)
                {
                    products.AddRange(subs.EnumerateArray().SelectMany(Identifiers));
                }
            }
        }

        return vulnerabilities.Count == 0 || products.Count == 0
            ? null
            : new VexStatement(vulnerabilities, products, status, name) { Justification = Text(statement, "justification") ?? Text(statement, "impact_statement") };
    }

    /// <summary>A product's package URL: its <c>@id</c> when that is one, and its <c>identifiers.purl</c>.</summary>
    private static IEnumerable<string> Identifiers(JsonElement product)
    {
        if (product.ValueKind == JsonValueKind.String)
        {
            return [product.GetString()!];
        }

        if (product.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var purl = product.TryGetProperty("identifiers", out var ids) && ids.ValueKind == JsonValueKind.Object ? Text(ids, "purl") : null;
        return new[] { Text(product, "@id"), purl }.OfType<string>();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];
}
