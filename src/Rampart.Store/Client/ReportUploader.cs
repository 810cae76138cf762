using System.Net.Http.Headers;
using System.Text.Json;
using Rampart.Store.Api;
using Rampart.Store.Ingest;

namespace Rampart.Store.Client;

/// <summary>Sends a JSON report to a Rampart server's <c>POST /api/v1/scans</c> (<c>rampart scan --upload</c>).</summary>
public static class ReportUploader
{
    /// <summary>The upload address for <paramref name="server"/>: its <c>/api/v1/scans</c>, unless it already names it.</summary>
    public static Uri ScansUri(Uri server, ScanTarget target)
    {
        var path = server.AbsolutePath.TrimEnd('/');
        var scans = path.EndsWith($"{StoreApi.Prefix}/scans", StringComparison.Ordinal) ? path : path + $"{StoreApi.Prefix}/scans";
        var query = $"repository={Uri.EscapeDataString(target.Repository)}&branch={Uri.EscapeDataString(target.Branch)}"
            + (target.Commit is { } commit ? $"&commit={Uri.EscapeDataString(commit)}" : "");
        return new UriBuilder(server) { Path = scans, Query = query }.Uri;
    }

    public static async Task<UploadOutcome> UploadAsync(HttpClient http, Uri server, string token, ScanTarget target, byte[] report, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ScansUri(server, target));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new ByteArrayContent(report);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await http.SendAsync(request, cancellation).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? new UploadOutcome((int)response.StatusCode, body, null)
                : new UploadOutcome((int)response.StatusCode, body, $"the server refused the upload: {(int)response.StatusCode} {response.ReasonPhrase}{Reason(body)}");
        }
        catch (HttpRequestException e)
        {
            return new UploadOutcome(null, "", $"cannot reach {server}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new UploadOutcome(null, "", $"{server} did not answer in {http.Timeout.TotalSeconds:0} s");
        }
    }

    private static string Reason(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error)
                ? $": {error}" + (json.RootElement.TryGetProperty("at", out var at) && at.ValueKind == JsonValueKind.String ? $" ({at})" : "")
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
