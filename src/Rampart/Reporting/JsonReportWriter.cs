using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The JSON report: a versioned document described in <c>docs/json-format.md</c> and
/// <c>docs/json-format.schema.json</c>. Keys are camelCase, enum values lower case, every key is always
/// present (null when unknown), and findings come in <see cref="FindingOrder"/>.
/// </summary>
public sealed class JsonReportWriter : IUtf8ReportWriter
{
    /// <summary>
    /// The format's version. The minor number grows when fields are added, the major number when a field
    /// changes meaning or goes away.
    /// </summary>
    public const string SchemaVersion = "1.4.0";

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string FileExtension => "json";

    public void Write(ScanReport report, TextWriter output, ReportOptions options) =>
        Write(report, new TextWriterStream(output), options);

    public void Write(ScanReport report, Stream output, ReportOptions options)
    {
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            WriteReport(json, report, options);
        }

        EndDocument(output);
    }

    /// <summary>The newline that ends every JSON document Rampart writes, so that the file ends as a text file does.</summary>
    internal static void EndDocument(Stream output)
    {
        output.WriteByte((byte)'\n');
    }

    /// <summary>Hands what the writer holds to the output once it is large, so a big report is never held whole.</summary>
    internal static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > 64 * 1024)
        {
            json.Flush();
        }
    }

    private static void WriteDiff(Utf8JsonWriter json, DiffSummary? diff)
    {
        if (diff is null)
        {
            json.WriteNull("diff");
            return;
        }

        json.WriteStartObject("diff");
        json.WriteString("base", Clean(diff.BaseRef));
        json.WriteString("baseCommit", Clean(diff.BaseCommit));
        json.WriteNumber("changedFiles", diff.ChangedFiles);
        json.WriteNumber("new", diff.New);
        json.WriteNumber("unchanged", diff.Unchanged);
        json.WriteStartArray("fixed");
        var findings = new JsonFindingWriter();
        foreach (var finding in FindingOrder.Sort(diff.Fixed))
        {
            findings.WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter json, ScanReport report, ReportOptions options)
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", Clean(report.ToolName));
        json.WriteString("version", Clean(report.ToolVersion));
        json.WriteEndObject();
        json.WriteString("target", Clean(report.Target));
        WriteTimestamp(json, "startedAt", report.StartedAt);
        json.WriteNumber("durationMs", (long)report.Duration.TotalMilliseconds);
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("resourcesScanned", report.ResourcesScanned);
        WriteCoverage(json, report.Coverage);
        WriteNullableString(json, "baseline", report.Baseline);
        WriteDiff(json, report.Diff);
        WriteGate(json, report);
        WriteSummary(json, ReportSummary.Of(report));

        json.WriteStartArray("rules");
        foreach (var rule in report.Rules.DistinctBy(rule => rule.Id).OrderBy(rule => rule.Id, StringComparer.Ordinal))
        {
            JsonFindingWriter.WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        JsonArrayBlocks.Write(
            json, FindingOrder.Sort(report.Findings), () => new JsonFindingWriter().WriteFinding, options.Parallelism, options.FindingsPerBlock);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, ScanCoverage coverage)
    {
        json.WriteStartObject("coverage");
        json.WriteNumber("manifests", coverage.Manifests);
        json.WriteNumber("notRendered", coverage.NotRendered);
        json.WriteNumber("withoutObjects", coverage.WithoutObjects);
        json.WriteNumber("notScanned", coverage.NotScanned);
        json.WriteNumber("entryPoints", coverage.EntryPoints);
        json.WriteNumber("renderedObjects", coverage.RenderedObjects);
        json.WriteNumber("renderInputs", coverage.RenderInputs);
        WriteStrings(json, "notChecked", coverage.NotChecked);
        WriteNotCheckedByReason(json, coverage);
        json.WriteEndObject();
    }

    /// <summary><c>notCheckedByReason</c>: every reason of <see cref="NotCheckedReason.All"/> with its count (the JSON report's coverage, SARIF's run properties).</summary>
    internal static void WriteNotCheckedByReason(Utf8JsonWriter json, ScanCoverage coverage)
    {
        json.WriteStartObject("notCheckedByReason");
        foreach (var reason in NotCheckedReason.All)
        {
            json.WriteNumber(reason.Key, coverage.NotCheckedByReason.GetValueOrDefault(reason.Key));
        }

        json.WriteEndObject();
    }

    private static void WriteGate(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject("gate");
        json.WriteBoolean("passed", report.Gate.Passed);
        WriteSeverity(json, "failOn", report.Gate.FailOn);
        json.WriteStartArray("teams");
        foreach (var team in report.Gate.Teams)
        {
            json.WriteStartObject();
            json.WriteString("team", Clean(team.Team));
            WriteStrings(json, "handles", team.Handles);
            WriteSeverity(json, "failOn", team.FailOn);
            json.WriteNumber("openFindings", team.OpenFindings);
            json.WriteNumber("findingsOverThreshold", team.FindingsOverThreshold);
            json.WriteBoolean("passed", team.Passed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("total", summary.Total);
        json.WriteNumber("open", summary.Open);
        WriteCounts(json, "bySeverity", ReportNames.SeveritiesMostSevereFirst, summary.BySeverity, ReportNames.Of);
        WriteCounts(json, "openBySeverity", ReportNames.SeveritiesMostSevereFirst, summary.OpenBySeverity, ReportNames.Of);
        WriteCounts(json, "byCategory", ReportNames.Categories, summary.ByCategory, ReportNames.Of);
        WriteCounts(json, "byStatus", ReportNames.Statuses, summary.ByStatus, ReportNames.Of);
        WriteCounts(json, "byResponsibility", ReportNames.Responsibilities, summary.ByResponsibility, ReportNames.Of);
        json.WriteStartObject("byOwner");
        // Cleaning can make two owners equal (unpaired surrogates); merge them so that no key repeats.
        foreach (var owner in summary.ByOwner.GroupBy(pair => Clean(pair.Key), StringComparer.Ordinal))
        {
            json.WriteNumber(owner.Key, owner.Sum(pair => pair.Value));
        }

        json.WriteEndObject();
        json.WriteNumber("unowned", summary.Unowned);
        json.WriteNumber("suppressedByVex", summary.SuppressedByVex);
        json.WriteStartArray("teams");
        foreach (var team in summary.Teams)
        {
            json.WriteStartObject();
            json.WriteString("team", Clean(team.Gate.Team));
            json.WriteBoolean("passed", team.Gate.Passed);
            json.WriteNumber("findings", team.Findings);
            WriteCounts(json, "openBySeverity", ReportNames.SeveritiesMostSevereFirst, team.OpenBySeverity, ReportNames.Of);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts<TKey>(
        Utf8JsonWriter json, string name, IReadOnlyList<TKey> keys, IReadOnlyDictionary<TKey, int> counts, Func<TKey, string> keyName)
        where TKey : notnull
    {
        json.WriteStartObject(name);
        foreach (var key in keys)
        {
            json.WriteNumber(keyName(key), counts.GetValueOrDefault(key));
        }

        json.WriteEndObject();
    }

    private static void WriteTimestamp(Utf8JsonWriter json, string name, DateTimeOffset value)
    {
        if (value == default)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteString(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    internal static void WriteSeverity(Utf8JsonWriter json, string name, Severity? severity)
    {
        if (severity is { } value)
        {
            json.WriteString(name, ReportNames.Of(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Clean(value));
        }
    }

    internal static void WriteNullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Clean(value));
        }
    }

    internal static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(Clean(values[i]));
        }

        json.WriteEndArray();
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(Clean(value));
        }

        json.WriteEndArray();
    }

    internal static string Clean(string text) => ReportText.WellFormed(text);
}
