using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
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

    /// <summary>
    /// The largest baseline file read: 64 MiB, some 350,000 findings. Reading one holds the bytes, the parsed
    /// document and the entries at once, a few hundred megabytes at this size, which a CI runner has.
    /// </summary>
    public const long MaxBytes = 64L * 1024 * 1024;

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

    /// <summary>
    /// Reads a baseline file; a malformed one gives an error naming the file and the line (and the entry), never an
    /// exception: a file over <paramref name="maxBytes"/>, bytes that are not UTF-8, JSON that is not a baseline,
    /// an entry whose fingerprint is not 16 hex digits or whose other fields are not strings.
    /// </summary>
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

        if (FirstInvalidUtf8(bytes) is var offset and >= 0)
        {
            var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
            return new BaselineLoadResult(null, $"{path}:{line}: not UTF-8 (byte {offset} cannot be decoded)");
        }

        var index = 0;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || number != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return new BaselineLoadResult(null, $"{path}:{BaselineLines.OfRoot(bytes)}: not a Rampart baseline of version {FormatVersion} (expected an object with \"version\": {FormatVersion} and a \"findings\" array)");
            }

            var entries = new List<BaselineEntry>();
            foreach (var item in findings.EnumerateArray())
            {
                if (ReadEntry(item, out var problem) is not { } entry)
                {
                    return new BaselineLoadResult(null, $"{path}:{BaselineLines.OfFinding(bytes, index)}: findings[{index}] {problem}");
                }

                entries.Add(entry);
                index++;
            }

            return new BaselineLoadResult(new Baseline(entries), null);
        }
        catch (JsonException e)
        {
            return new BaselineLoadResult(null, $"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // A string escape that is not text (a lone surrogate such as \ud800) fails only when the string is read.
            return new BaselineLoadResult(null, $"{path}:{BaselineLines.OfFinding(bytes, index)}: findings[{index}] is not valid JSON text: {e.Message}");
        }
    }

    private static BaselineEntry? ReadEntry(JsonElement item, out string? problem)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String)
        {
            problem = "has no \"fingerprint\" string";
            return null;
        }

        var fingerprint = fp.GetString()!;
        if (fingerprint.Length != 16 || !fingerprint.All(char.IsAsciiHexDigit))
        {
            problem = $"has fingerprint {QuotedText.Of(fingerprint)}, which is not 16 hex digits";
            return null;
        }

        string? Optional(string name, ref string? why)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                why ??= $"has a \"{name}\" that is not a string";
                return null;
            }

            return value.GetString();
        }

        problem = null;
        var entry = new BaselineEntry(fingerprint, Optional("ruleId", ref problem) ?? "", Optional("path", ref problem) ?? "", Optional("resource", ref problem));
        return problem is null ? entry : null;
    }

    /// <summary>The offset of the first byte that does not decode as UTF-8, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }
}
