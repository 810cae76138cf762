using System.Net;
using System.Text.Json.Nodes;

namespace Rampart.Audit;

/// <summary>
/// Writes reports to the cluster: a create (POST), and when the report exists (409 Conflict) a read of its
/// <c>resourceVersion</c> and a replace (PUT). Each report's outcome is a line; a failure does not stop the others.
/// </summary>
public sealed class PolicyReportApplier(IClusterApi api)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(IEnumerable<JsonObject> reports, CancellationToken cancellation)
    {
        var lines = new List<string>();
        foreach (var report in reports)
        {
            var ns = report["metadata"]?["namespace"]?.GetValue<string>();
            var name = report["metadata"]!["name"]!.GetValue<string>();
            var collection = ns is null
                ? "/apis/wgpolicyk8s.io/v1alpha2/clusterpolicyreports"
                : $"/apis/wgpolicyk8s.io/v1alpha2/namespaces/{Uri.EscapeDataString(ns)}/policyreports";
            var what = $"{report["kind"]} {(ns is null ? "" : ns + "/")}{name}";
            var created = await api.SendAsync(HttpMethod.Post, collection, report.ToJsonString(), cancellation).ConfigureAwait(false);
            if (created.Success)
            {
                lines.Add($"{what} created");
                continue;
            }

            if (created.Status != HttpStatusCode.Conflict)
            {
                lines.Add($"{what} not written: {(int)created.Status} {created.Status}");
                continue;
            }

            var item = $"{collection}/{Uri.EscapeDataString(name)}";
            var existing = await api.SendAsync(HttpMethod.Get, item, null, cancellation).ConfigureAwait(false);
            var version = existing.Success ? JsonNode.Parse(existing.Body)?["metadata"]?["resourceVersion"]?.GetValue<string>() : null;
            var replacement = report.DeepClone().AsObject();
            if (version is not null)
            {
                replacement["metadata"]!["resourceVersion"] = version;
            }

            var replaced = await api.SendAsync(HttpMethod.Put, item, replacement.ToJsonString(), cancellation).ConfigureAwait(false);
            lines.Add(replaced.Success ? $"{what} updated" : $"{what} not written: {(int)replaced.Status} {replaced.Status}");
        }

        return lines;
    }
}
