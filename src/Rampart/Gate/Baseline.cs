using System.Text.Json;
using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>
/// Accepted findings recorded by fingerprint (<c>rampart baseline create</c>). A scan with a baseline gates
/// only on findings whose fingerprint is not in it; the others are shown with status
/// <see cref="FindingStatus.Baselined"/>.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    /// <summary>The largest baseline file read (a baseline may sit in the repository it gates).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private Baseline(IReadOnlyList<BaselineEntry> entries)
    {
        Entries = entries;
    }

    /// <summary>One entry per recorded finding: two findings with one fingerprint (the same resource in two files) are two entries.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Records every finding that is not already waived or suppressed.</summary>
    public static Baseline FromFindings(IEnumerable<Finding> findings) => new(
        [.. findings
            .Where(f => f.Status is FindingStatus.Open or FindingStatus.Baselined)
            .Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.Location.Path, f.Resource?.ToString()))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)]);

    /// <summary>
    /// Marks the open findings the baseline recorded as <see cref="FindingStatus.Baselined"/>. Each entry covers
    /// one finding (<see cref="FingerprintMatch"/>): a copy of a recorded finding in another file is new.
    /// </summary>
    public IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings)
    {
        var (matched, _) = FingerprintMatch.Pair(
            [.. findings.Select(f => (f.Fingerprint, f.Location.Path))],
            [.. Entries.Select(e => (e.Fingerprint, e.Path))]);
        return [.. findings.Select((f, i) => matched[i] && f.Status == FindingStatus.Open
            ? f with { Status = FindingStatus.Baselined, StatusReason = "in the baseline" }
            : f)];
    }

    public void Write(Stream output, string toolVersion)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteString("tool", $"rampart {toolVersion}");
        writer.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("path", entry.Path);
            if (entry.Resource is not null)
            {
                writer.WriteString("resource", entry.Resource);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a baseline file; a malformed one gives an error naming the file and position, never an exception.</summary>
    public static BaselineLoadResult Read(string path, long maxBytes = MaxBytes)
    {
        if (!File.Exists(path))
        {
            return new BaselineLoadResult(null, $"{path}: baseline file not found");
        }

        if (BoundedFile.Read(path, maxBytes, out var readError) is not { } bytes)
        {
            return new BaselineLoadResult(null, $"{path}: {readError}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || number != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return new BaselineLoadResult(null, $"{path}: not a Rampart baseline of version {FormatVersion} (expected an object with \"version\": {FormatVersion} and a \"findings\" array)");
            }

            var entries = new List<BaselineEntry>();
            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String)
                {
                    return new BaselineLoadResult(null, $"{path}: findings[{index}] has no \"fingerprint\" string");
                }

                entries.Add(new BaselineEntry(
                    fp.GetString()!,
                    item.TryGetProperty("ruleId", out var rule) && rule.ValueKind == JsonValueKind.String ? rule.GetString()! : "",
                    item.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "",
                    item.TryGetProperty("resource", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null));
                index++;
            }

            return new BaselineLoadResult(new Baseline(entries), null);
        }
        catch (JsonException e)
        {
            return new BaselineLoadResult(null, $"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
    }
}
