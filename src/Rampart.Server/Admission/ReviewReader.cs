using System.Text.Json;
using Rampart.Kubernetes.Admission;

namespace Rampart.Server.Admission;

/// <summary>
/// Reads an <c>admission.k8s.io/v1</c> AdmissionReview body. Anything else (malformed or too deeply nested JSON, another
/// apiVersion or kind, no <c>request</c>, no <c>uid</c>, an unknown operation) is an error message for an HTTP 400.
/// </summary>
internal static class ReviewReader
{
    public const string ApiVersion = "admission.k8s.io/v1";
    public const string Kind = "AdmissionReview";

    public static ReviewReadResult Read(ReadOnlyMemory<byte> body, int maxDepth)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException e)
        {
            var reason = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"the body nests deeper than the limit of {maxDepth} levels"
                : $"the body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})";
            return new ReviewReadResult(null, null, reason);
        }

        var (request, error) = ReadReview(document.RootElement);
        if (error is not null)
        {
            document.Dispose();
            return new ReviewReadResult(null, null, error);
        }

        return new ReviewReadResult(document, request, null);
    }

    private static (ReviewRequest? Request, string? Error) ReadReview(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, $"the body must be an {Kind} object");
        }

        var apiVersion = Text(root, "apiVersion");
        var kind = Text(root, "kind");
        if (apiVersion != ApiVersion || kind != Kind)
        {
            return (null, $"expected apiVersion {ApiVersion} and kind {Kind}, got apiVersion '{Clip(apiVersion)}' and kind '{Clip(kind)}'");
        }

        if (!root.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
        {
            return (null, "the review has no request object");
        }

        if (Text(request, "uid") is not { Length: > 0 } uid)
        {
            return (null, "the request has no uid");
        }

        if (Text(request, "operation") is not { } operationName || !AdmissionOperations.TryParse(operationName, out var operation))
        {
            return (null, $"request.operation must be one of {string.Join(", ", AdmissionOperations.Names)}");
        }

        if (!request.TryGetProperty("kind", out var gvk) || gvk.ValueKind != JsonValueKind.Object || Text(gvk, "kind") is not { Length: > 0 } objectKind)
        {
            return (null, "request.kind must give the object's group, version and kind");
        }

        var obj = ObjectOf(request, "object");
        var old = ObjectOf(request, "oldObject");
        if (obj is null && operation is AdmissionOperation.Create or AdmissionOperation.Update)
        {
            return (null, $"a {operation.Name()} needs request.object");
        }

        return (new ReviewRequest
        {
            Uid = uid,
            Operation = operation,
            Group = Text(gvk, "group") ?? "",
            Version = Text(gvk, "version") ?? "",
            Kind = objectKind,
            SubResource = Text(request, "subResource") ?? "",
            Namespace = Text(request, "namespace"),
            Name = Text(request, "name"),
            User = UserOf(request),
            DryRun = request.TryGetProperty("dryRun", out var dry) && dry.ValueKind == JsonValueKind.True,
            Object = obj,
            OldObject = old,
        }, null);
    }

    private static JsonElement? ObjectOf(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static AdmissionUser UserOf(JsonElement request)
    {
        if (!request.TryGetProperty("userInfo", out var info) || info.ValueKind != JsonValueKind.Object)
        {
            return new AdmissionUser("", []);
        }

        var extra = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (info.TryGetProperty("extra", out var extras) && extras.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in extras.EnumerateObject())
            {
                extra[entry.Name] = Strings(entry.Value);
            }
        }

        return new AdmissionUser(Text(info, "username") ?? "", info.TryGetProperty("groups", out var groups) ? Strings(groups) : [])
        {
            Uid = Text(info, "uid") ?? "",
            Extra = extra,
        };
    }

    private static string[] Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A value quoted in an error, bounded so that a hostile body cannot make the error large.</summary>
    private static string Clip(string? text) => text is null ? "" : text.Length <= 64 ? text : text[..64] + "…";
}
