using System.Text.Json;
using Rampart.Store.Queries;

namespace Rampart.Store.Export;

/// <summary>
/// Writes DefectDojo's Generic Findings Import JSON: <c>{"findings": [...]}</c>, each with title, severity (Critical,
/// High, Medium, Low, Info), description, file_path, line, date (first seen), unique_id_from_tool (repository, branch
/// and fingerprint), vuln_id_from_tool (the rule), cve when the rule is a CVE id, active, verified, is_mitigated and
/// mitigated (when fixed), false_p, and tags (repository, branch, owners).
/// </summary>
public static class DefectDojoWriter
{
    public static async Task<int> WriteAsync(Stream output, IAsyncEnumerable<StoredFinding> findings, CancellationToken cancellation)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("findings");
        var count = 0;
        await foreach (var f in findings.WithCancellation(cancellation).ConfigureAwait(false))
        {
            WriteFinding(json, f);
            count++;
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellation).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellation).ConfigureAwait(false);
        return count;
    }

    private static void WriteFinding(Utf8JsonWriter json, StoredFinding f)
    {
        var open = StoreValues.OpenStatuses.Contains(f.Status);
        json.WriteStartObject();
        json.WriteString("title", $"{f.RuleId}: {f.Title}");
        json.WriteString("severity", Severity(f.Severity));
        json.WriteString("description", $"{f.Message}\n\nRepository: {f.Repository} ({f.Branch})\nRule: {f.RuleId} ({f.Category})\nStatus: {f.Status}{(f.StatusReason is null ? "" : $" ({f.StatusReason})")}");
        json.WriteString("file_path", f.Path);
        if (f.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        json.WriteString("date", f.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("unique_id_from_tool", $"{f.Repository}@{f.Branch}:{f.Fingerprint}");
        json.WriteString("vuln_id_from_tool", f.RuleId);
        if (EcsDocument.Cve(f.RuleId) is { } cve)
        {
            json.WriteString("cve", cve);
        }

        json.WriteBoolean("active", open);
        json.WriteBoolean("verified", false);
        json.WriteBoolean("false_p", false);
        json.WriteBoolean("is_mitigated", f.Status == "fixed");
        if (f.FixedAt is { } fixedAt && f.Status == "fixed")
        {
            json.WriteString("mitigated", fixedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("tags");
        foreach (var tag in new[] { f.Repository, f.Branch, f.Category }.Concat(f.Owners))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>DefectDojo's severity words.</summary>
    public static string Severity(string severity) => severity switch
    {
        "critical" => "Critical",
        "high" => "High",
        "medium" => "Medium",
        "low" => "Low",
        _ => "Info",
    };
}
