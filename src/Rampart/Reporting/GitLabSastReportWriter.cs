using System.Globalization;
using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// GitLab's security report of type SAST (<c>artifacts:reports:sast</c>, schema version <see cref="SchemaVersion"/>),
/// which feeds the merge request's security widget, the pipeline's Security tab and the vulnerability report. It holds
/// the schema's required fields: <c>version</c>; <c>scan</c> with <c>analyzer</c> and <c>scanner</c> (<c>id</c>,
/// <c>name</c>, <c>version</c>, <c>vendor.name</c>), <c>type</c>, <c>start_time</c>, <c>end_time</c> (second precision,
/// no zone) and <c>status</c>; and per vulnerability <c>id</c>, <c>identifiers</c> (at least one) and <c>location</c>,
/// with <c>name</c>, <c>description</c>, <c>severity</c> and <c>solution</c>. As in the Code Quality report, only open
/// findings are written (GitLab has its own way to dismiss one), and each id is the finding's fingerprint, with
/// <c>-2</c>, <c>-3</c>… added to a repeat within one report.
/// </summary>
public sealed class GitLabSastReportWriter : IReportWriter
{
    public const string SchemaVersion = "15.2.1";

    public string Format => "gitlab-sast";

    public string FileExtension => "json";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var json = new Utf8JsonWriter(new TextWriterStream(output), JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", SchemaVersion);
            WriteScan(json, report);
            json.WriteStartArray("vulnerabilities");
            foreach (var finding in FindingOrder.Sort(report.Findings).Where(f => f.Status == FindingStatus.Open))
            {
                var repeat = seen[finding.Fingerprint] = seen.GetValueOrDefault(finding.Fingerprint) + 1;
                WriteVulnerability(json, finding, repeat == 1 ? finding.Fingerprint : $"{finding.Fingerprint}-{repeat}", options);
                JsonReportWriter.FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write('\n');
    }

    /// <summary>Rampart's severities onto GitLab's (which also has <c>Unknown</c>, never used here).</summary>
    public static string SeverityOf(Severity severity) => severity switch
    {
        Severity.Critical => "Critical",
        Severity.High => "High",
        Severity.Medium => "Medium",
        Severity.Low => "Low",
        _ => "Info",
    };

    /// <summary>A time as the schema's pattern wants it: <c>2026-01-31T12:00:00</c>, in UTC.</summary>
    public static string TimeOf(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static void WriteScan(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject("scan");
        WriteTool(json, "analyzer", report);
        WriteTool(json, "scanner", report);
        json.WriteString("type", "sast");
        json.WriteString("start_time", TimeOf(report.StartedAt));
        json.WriteString("end_time", TimeOf(report.StartedAt + report.Duration));
        json.WriteString("status", "success");
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, string name, ScanReport report)
    {
        json.WriteStartObject(name);
        json.WriteString("id", "rampart");
        json.WriteString("name", "Rampart");
        json.WriteString("version", report.ToolVersion.Length > 0 ? report.ToolVersion : "0.0.0");
        json.WriteStartObject("vendor");
        json.WriteString("name", "Rampart");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteVulnerability(Utf8JsonWriter json, Finding finding, string id, ReportOptions options)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", Clean(finding.Title.Length > 0 ? finding.Title : finding.RuleId));
        json.WriteString("description", Clean(finding.Resource is { } r ? $"{r.Kind}/{r.Name}: {finding.Message}" : finding.Message));
        json.WriteString("severity", SeverityOf(finding.Severity));
        if (finding.Remediation is { Length: > 0 } remediation)
        {
            json.WriteString("solution", Clean(remediation));
        }

        json.WriteStartArray("identifiers");
        json.WriteStartObject();
        json.WriteString("type", "rampart_rule_id");
        json.WriteString("name", $"Rampart {finding.RuleId}");
        json.WriteString("value", finding.RuleId);
        if (finding.HelpUri is { } help && Uri.TryCreate(help, UriKind.Absolute, out _))
        {
            json.WriteString("url", help);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("location");
        json.WriteString("file", options.PathPrefix + finding.Location.Path);
        if (finding.Location.Line > 0)
        {
            json.WriteNumber("start_line", finding.Location.Line);
            json.WriteNumber("end_line", Math.Max(finding.Location.Line, finding.Location.EndLine));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Clean(string text) => ReportText.WellFormed(text);
}
