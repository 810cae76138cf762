using System.Text.Json;

namespace Rampart.Store.Export;

/// <summary>
/// Reads an Elasticsearch/OpenSearch <c>_bulk</c> response: <c>errors</c> and, per item, the action's <c>status</c> and
/// <c>error</c> (type and reason). Returns the number of accepted items and a line per failed one.
/// </summary>
public static class BulkResponse
{
    public static (int Accepted, List<string> Failures) Read(string body, int expected)
    {
        var failures = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (0, [$"the bulk response is not JSON: {e.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return (0, ["the bulk response has no items"]);
            }

            var accepted = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    failures.Add("an item of the bulk response is not an object");
                    continue;
                }

                foreach (var action in item.EnumerateObject())
                {
                    var result = action.Value;
                    var status = result.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : 0;
                    if (status is >= 200 and < 300 && !result.TryGetProperty("error", out _))
                    {
                        accepted++;
                        continue;
                    }

                    var id = result.TryGetProperty("_id", out var i) ? i.ToString() : "?";
                    var reason = result.TryGetProperty("error", out var error)
                        ? error.ValueKind == JsonValueKind.Object
                            ? $"{(error.TryGetProperty("type", out var t) ? t.GetString() : "error")}: {(error.TryGetProperty("reason", out var r) ? r.GetString() : "")}"
                            : error.ToString()
                        : "no error given";
                    failures.Add($"document {id}: HTTP {status} {reason}");
                }
            }

            if (accepted + failures.Count != expected)
            {
                failures.Add($"the bulk response has {accepted + failures.Count} items for {expected} documents");
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.True && failures.Count == 0)
            {
                failures.Add("the bulk response says errors: true");
            }

            return (accepted, failures);
        }
    }
}
