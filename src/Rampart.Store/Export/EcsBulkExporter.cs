using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rampart.Store.Queries;

namespace Rampart.Store.Export;

/// <summary>
/// Sends findings to an Elasticsearch or OpenSearch <c>_bulk</c> endpoint as ECS documents: NDJSON (an <c>index</c>
/// action line with the index and a stable <c>_id</c>, then the document; a final newline), in requests of at most
/// <paramref name="maxBatchBytes"/>, each checked item by item.
/// </summary>
public sealed class EcsBulkExporter(HttpClient http, Uri url, string index, AuthenticationHeaderValue? authorization, int maxBatchBytes = EcsBulkExporter.DefaultBatchBytes)
{
    public const int DefaultBatchBytes = 5 * 1024 * 1024;

    public const string ContentType = "application/x-ndjson";

    public async Task<BulkOutcome> ExportAsync(IAsyncEnumerable<StoredFinding> findings, CancellationToken cancellation)
    {
        var endpoint = new Uri(url.AbsoluteUri.TrimEnd('/') + "/_bulk");
        var batch = new MemoryStream();
        var line = new MemoryStream();
        int sent = 0, accepted = 0, requests = 0, inBatch = 0;
        var failures = new List<string>();
        await foreach (var finding in findings.WithCancellation(cancellation).ConfigureAwait(false))
        {
            line.SetLength(0);
            WriteLines(line, finding);
            if (inBatch > 0 && batch.Length + line.Length > maxBatchBytes)
            {
                accepted += await SendAsync(endpoint, batch, inBatch, failures, cancellation).ConfigureAwait(false);
                requests++;
                batch.SetLength(0);
                inBatch = 0;
            }

            line.Position = 0;
            await line.CopyToAsync(batch, cancellation).ConfigureAwait(false);
            inBatch++;
            sent++;
        }

        if (inBatch > 0)
        {
            accepted += await SendAsync(endpoint, batch, inBatch, failures, cancellation).ConfigureAwait(false);
            requests++;
        }

        return new BulkOutcome(sent, accepted, requests, failures);
    }

    private void WriteLines(Stream output, StoredFinding finding)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteStartObject("index");
            json.WriteString("_index", index);
            json.WriteString("_id", EcsDocument.Id(finding));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        using (var json = new Utf8JsonWriter(output))
        {
            EcsDocument.Write(json, finding);
        }

        output.WriteByte((byte)'\n');
    }

    private async Task<int> SendAsync(Uri endpoint, MemoryStream batch, int documents, List<string> failures, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(batch.GetBuffer(), 0, (int)batch.Length),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        request.Headers.Authorization = authorization;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            failures.Add($"{documents} document(s) not sent: {e.Message}");
            return 0;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{documents} document(s) refused: HTTP {(int)response.StatusCode} {Cut(body)}");
                return 0;
            }

            var (accepted, itemFailures) = BulkResponse.Read(body, documents);
            failures.AddRange(itemFailures);
            return accepted;
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary><c>Authorization: ApiKey KEY</c> for an API key, or Basic for a user and password.</summary>
    public static AuthenticationHeaderValue? Authorization(string? apiKey, string? user, string? password) =>
        !string.IsNullOrEmpty(apiKey) ? new AuthenticationHeaderValue("ApiKey", apiKey)
        : !string.IsNullOrEmpty(user) ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")))
        : null;
}
