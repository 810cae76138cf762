using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: one run, rule metadata with <c>security-severity</c>,
/// results with relative URIs under <c>%SRCROOT%</c>, our fingerprint in <c>partialFingerprints</c>,
/// suppressions for suppressed and waived findings, and <c>baselineState</c> when a baseline was used.
/// </summary>
public sealed class SarifReportWriter : IUtf8ReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://rampart.dev/";
    public const string SourceRootId = "%SRCROOT%";

    public string Format => "sarif";

    public string FileExtension => "sarif";

    public void Write(ScanReport report, TextWriter output, ReportOptions options) =>
        Write(report, new TextWriterStream(output), options);

    public void Write(ScanReport report, Stream output, ReportOptions options)
    {
        var rules = SarifRules.Collect(report);
        var (results, omitted) = Select(report.Findings, options.SarifMaxResults);
        using (var json = new Utf8JsonWriter(output, JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report, rules);
            WriteInvocation(json, report, omitted, options.SarifMaxResults);
            WriteBaseIds(json, options.RepositoryRoot);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var baselineUsed = report.Baseline is not null;
            JsonArrayBlocks.Write(
                json,
                results,
                (writer, finding) => SarifResults.Write(writer, finding, rules, baselineUsed, options.PathPrefix),
                options.Parallelism,
                options.FindingsPerBlock);

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("target", JsonReportWriter.Clean(report.Target));
            json.WriteBoolean("gatePassed", report.Gate.Passed);
            JsonReportWriter.WriteSeverity(json, "failOn", report.Gate.FailOn);
            json.WriteString("coverage", ReportText.Coverage(report));
            json.WriteString("notChecked", ReportText.NotChecked(report));
            JsonReportWriter.WriteNotCheckedByReason(json, report.Coverage);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        JsonReportWriter.EndDocument(output);
    }

    /// <summary>
    /// Keeps at most <paramref name="max"/> findings, open ones and the most severe first (GitHub shows the
    /// most severe when a run is large), and returns them in report order with the number left out.
    /// </summary>
    private static (IReadOnlyList<Finding> Kept, int Omitted) Select(IReadOnlyList<Finding> findings, int max)
    {
        if (findings.Count <= max)
        {
            return (FindingOrder.Sort(findings), 0);
        }

        var kept = findings
            .OrderBy(finding => finding.Status == FindingStatus.Open ? 0 : 1)
            .ThenByDescending(finding => finding.Severity)
            .ThenBy(finding => finding, FindingOrder.Instance)
            .Take(Math.Max(0, max));
        return (FindingOrder.Sort(kept), findings.Count - Math.Max(0, max));
    }

    private static void WriteTool(Utf8JsonWriter json, ScanReport report, SarifRules rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", NonEmpty(report.ToolName, "rampart"));
        json.WriteString("version", NonEmpty(report.ToolVersion, "0.0.0"));
        json.WriteString("semanticVersion", NonEmpty(report.ToolVersion, "0.0.0"));
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules.All)
        {
            SarifRules.Write(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, ScanReport report, int omitted, int max)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (report.StartedAt != default)
        {
            json.WriteString("startTimeUtc", Timestamp(report.StartedAt));
            json.WriteString("endTimeUtc", Timestamp(report.StartedAt + report.Duration));
        }

        if (omitted > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            json.WriteStartObject();
            json.WriteString("level", "warning");
            json.WriteStartObject("message");
            json.WriteString("text", string.Create(CultureInfo.InvariantCulture,
                $"{omitted} results were left out: GitHub code scanning accepts at most {max} results per run. The most severe open findings were kept; the JSON report has them all."));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteBaseIds(Utf8JsonWriter json, string? repositoryRoot)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        if (repositoryRoot is not null && SarifUris.DirectoryUri(repositoryRoot) is { } uri)
        {
            json.WriteString("uri", uri);
        }
        else
        {
            json.WriteStartObject("description");
            json.WriteString("text", "The root of the scanned repository; result paths are relative to it.");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static string NonEmpty(string? text, string fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback : JsonReportWriter.Clean(text);
}
