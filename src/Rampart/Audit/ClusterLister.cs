using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Audit;

/// <summary>
/// Lists the objects of each kind in pages (<c>limit</c> and <c>continue</c>). A page that answers 410 Gone (the
/// continue token expired: the server compacted the revision the list started at) makes the kind be listed again from
/// the start, up to <see cref="MaxRelists"/> times; a kind the credentials may not list (403) or that the server does
/// not serve (404) is not checked, and said so. Objects a controller owns are left to their owner.
/// </summary>
public sealed class ClusterLister(IClusterApi api, int pageSize = 500)
{
    public const int MaxRelists = 3;

    public async Task<ClusterListing> ListAsync(IEnumerable<AuditKind> kinds, string? ns, CancellationToken cancellation)
    {
        var objects = new List<LiveObject>();
        var notChecked = new List<string>();
        var requests = 0;
        foreach (var kind in kinds)
        {
            if (ns is not null && !kind.Namespaced && kind.Kind != "Namespace")
            {
                continue;
            }

            var (items, problem, sent) = await ListKindAsync(kind, ns, cancellation).ConfigureAwait(false);
            requests += sent;
            if (problem is not null)
            {
                notChecked.Add($"{kind.Kind} ({kind.ApiVersion}): {problem}");
                continue;
            }

            objects.AddRange(items.Where(o => !o.IsControlled && (ns is null || kind.Kind != "Namespace" || o.Name == ns)));
        }

        return new ClusterListing(objects, notChecked, requests);
    }

    private async Task<(List<LiveObject> Items, string? Problem, int Requests)> ListKindAsync(AuditKind kind, string? ns, CancellationToken cancellation)
    {
        var items = new List<LiveObject>();
        var requests = 0;
        var relists = 0;
        string? token = null;
        while (true)
        {
            var query = $"{kind.ListPath(ns)}?limit={pageSize}" + (token is null ? "" : $"&continue={Uri.EscapeDataString(token)}");
            var response = await api.SendAsync(HttpMethod.Get, query, null, cancellation).ConfigureAwait(false);
            requests++;
            if (response.Status == HttpStatusCode.Gone && token is not null)
            {
                if (++relists > MaxRelists)
                {
                    return ([], $"the list expired (410 Gone) {relists} times while paging; not checked", requests);
                }

                items.Clear();
                token = null;
                continue;
            }

            if (!response.Success)
            {
                return ([], $"{(int)response.Status} {Describe(response)}", requests);
            }

            if (Parse(response.Body) is not JsonObject list)
            {
                return ([], "the list is not a JSON object", requests);
            }

            foreach (var item in (list["items"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var copy = item.DeepClone().AsObject();
                copy["apiVersion"] = kind.ApiVersion;
                copy["kind"] = kind.Kind;
                items.Add(new LiveObject(kind, copy));
            }

            token = list["metadata"]?["continue"] is JsonValue c && c.TryGetValue<string>(out var next) && next.Length > 0 ? next : null;
            if (token is null)
            {
                return (items, null, requests);
            }
        }
    }

    private static string Describe(ApiResponse response) =>
        Parse(response.Body)?["message"] is JsonValue message && message.TryGetValue<string>(out var text)
            ? text
            : response.Status == HttpStatusCode.Forbidden ? "forbidden" : response.Status.ToString();

    /// <summary>The body as JSON, or null when it is not JSON (a proxy's error page): the caller reports it.</summary>
    private static JsonNode? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
