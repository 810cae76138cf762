using System.Security.Cryptography;
using System.Text.Json;

namespace Rampart.Store.Ingest;

/// <summary>
/// Reads an uploaded JSON report (docs/json-format.md, schema 1.x) into what the store keeps. Bad input is a
/// <see cref="ReportError"/>, never an exception. Team names of <c>gate.teams</c> are added to the owners of the
/// findings their handles own, so that a team's findings can be selected by its name.
/// </summary>
public static class ReportReader
{
    public const int MaxFindings = 200_000;
    public const int MaxText = 8_000;
    public const int MaxName = 512;
    public const int MaxOwners = 64;

    public static (IncomingReport? Report, ReportError? Error) Read(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return (null, new ReportError($"not JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new ReportError("the report must be a JSON object"));
            }

            if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String
                || !version.GetString()!.StartsWith("1.", StringComparison.Ordinal))
            {
                return (null, new ReportError("schemaVersion 1.x expected", "schemaVersion"));
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return (null, new ReportError("an array expected", "findings"));
            }

            if (findings.GetArrayLength() > MaxFindings)
            {
                return (null, new ReportError($"more than {MaxFindings} findings", "findings"));
            }

            var teams = TeamsByHandle(root);
            var read = new Dictionary<string, IncomingFinding>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in findings.EnumerateArray())
            {
                var (finding, error) = ReadFinding(element, $"findings[{index}]", teams);
                if (error is not null)
                {
                    return (null, error);
                }

                read.TryAdd(finding!.Fingerprint, finding);
                index++;
            }

            var tool = root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("version", out var v)
                && v.ValueKind == JsonValueKind.String ? Cut(v.GetString()!, 64) : null;
            return (new IncomingReport(Convert.ToHexStringLower(SHA256.HashData(body.Span)), tool, [.. read.Values]), null);
        }
    }

    private static (IncomingFinding? Finding, ReportError? Error) ReadFinding(JsonElement e, string at, Dictionary<string, List<string>> teams)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, new ReportError("an object expected", at));
        }

        ReportError? error = null;
        string Text(string name, int max, bool required = true)
        {
            if (e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString()!;
                if (text.Length > max)
                {
                    error ??= new ReportError($"longer than {max} characters", $"{at}.{name}");
                }

                return text;
            }

            if (required)
            {
                error ??= new ReportError("a string expected", $"{at}.{name}");
            }

            return "";
        }

        string OneOf(string name, IReadOnlyList<string> allowed)
        {
            var text = Text(name, MaxName);
            if (error is null && !allowed.Contains(text))
            {
                error = new ReportError($"'{Cut(text, 40)}' is not one of {string.Join(", ", allowed)}", $"{at}.{name}");
            }

            return text;
        }

        int? Number(string name) =>
            e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

        var fingerprint = Text("fingerprint", 200);
        var ruleId = Text("ruleId", MaxName);
        var category = OneOf("category", StoreValues.Categories);
        var severity = OneOf("severity", StoreValues.Severities);
        var status = OneOf("status", StoreValues.ReportStatuses);
        var title = Text("title", MaxName, required: false);
        var message = Text("message", MaxText);
        var path = Text("path", 4096);
        var responsibility = Text("responsibility", MaxName, required: false);
        var reason = Text("statusReason", MaxText, required: false);
        var owners = new SortedSet<string>(StringComparer.Ordinal);
        if (e.TryGetProperty("owners", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var owner in list.EnumerateArray())
            {
                if (owner.ValueKind == JsonValueKind.String && owner.GetString() is { Length: > 0 and <= MaxName } name)
                {
                    owners.Add(name.ToLowerInvariant());
                    if (teams.TryGetValue(name.ToLowerInvariant(), out var names))
                    {
                        owners.UnionWith(names);
                    }
                }
            }
        }

        if (owners.Count > MaxOwners)
        {
            error ??= new ReportError($"more than {MaxOwners} owners", $"{at}.owners");
        }

        if (error is null && fingerprint.Length == 0)
        {
            error = new ReportError("empty", $"{at}.fingerprint");
        }

        return error is not null
            ? (null, error)
            : (new IncomingFinding(fingerprint, ruleId, category, severity, title, message, path, Number("line"), Number("column"),
                responsibility.Length == 0 ? null : responsibility, [.. owners], status, reason.Length == 0 ? null : reason), null);
    }

    /// <summary>Each lower-case handle of <c>gate.teams</c> to the lower-case names of the teams it stands for.</summary>
    private static Dictionary<string, List<string>> TeamsByHandle(JsonElement root)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("gate", out var gate) || gate.ValueKind != JsonValueKind.Object
            || !gate.TryGetProperty("teams", out var teams) || teams.ValueKind != JsonValueKind.Array)
        {
            return map;
        }

        foreach (var team in teams.EnumerateArray())
        {
            if (team.ValueKind != JsonValueKind.Object || !team.TryGetProperty("team", out var name) || name.ValueKind != JsonValueKind.String
                || !team.TryGetProperty("handles", out var handles) || handles.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var teamName = Cut(name.GetString()!, MaxName).ToLowerInvariant();
            foreach (var handle in handles.EnumerateArray().Where(h => h.ValueKind == JsonValueKind.String))
            {
                var key = handle.GetString()!.ToLowerInvariant();
                if (!map.TryGetValue(key, out var names))
                {
                    map[key] = names = [];
                }

                names.Add(teamName);
            }
        }

        return map;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
