using System.Globalization;
using System.Text.Json;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// Reads OSV JSON records (the OSV schema) with System.Text.Json. A document that is not an OSV record gives an
/// error message instead of a record; unknown fields are ignored.
/// </summary>
public static class OsvReader
{
    public static (OsvRecord? Record, string? Error) Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            return Record(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, $"invalid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}");
        }
    }

    private static (OsvRecord?, string?) Record(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { Length: > 0 } id)
        {
            return (null, "an OSV record is a JSON object with an 'id'");
        }

        var affected = new List<OsvAffected>();
        foreach (var entry in Array(root, "affected"))
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var package = entry.TryGetProperty("package", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var ranges = Array(entry, "ranges")
                .Where(r => r.ValueKind == JsonValueKind.Object)
                .Select(r => new OsvRange(
                    Text(r, "type") ?? "",
                    Array(r, "events").Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(Events).ToList()))
                .ToList();
            affected.Add(new OsvAffected(
                package.ValueKind == JsonValueKind.Object ? Text(package, "ecosystem") ?? "" : "",
                package.ValueKind == JsonValueKind.Object ? Text(package, "name") ?? "" : "",
                ranges,
                Strings(entry, "versions")));
        }

        var withdrawn = Text(root, "withdrawn") is { } stamp
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        var databaseSeverity = root.TryGetProperty("database_specific", out var specific) && specific.ValueKind == JsonValueKind.Object
            ? Text(specific, "severity") : null;
        return (new OsvRecord(id, affected)
        {
            Aliases = Strings(root, "aliases"),
            Withdrawn = withdrawn,
            Summary = Text(root, "summary"),
            SeverityVectors = Array(root, "severity").Select(s => s.ValueKind == JsonValueKind.Object ? Text(s, "score") : null).OfType<string>().ToList(),
            DatabaseSeverity = databaseSeverity,
        }, null);
    }

    private static IEnumerable<OsvEvent> Events(JsonElement element) =>
        element.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => new OsvEvent(p.Name, p.Value.GetString()!));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static List<string> Strings(JsonElement element, string name) =>
        Array(element, name).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
}
