using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// GitLab's Code Quality report (a subset of the Code Climate issue format), for <c>artifacts:reports:codequality</c>:
/// a JSON array with one issue per open finding, in <see cref="FindingOrder"/>. Suppressed, waived and baselined
/// findings are left out, since the merge request widget has no way to show them as accepted. GitLab compares
/// issues between the base and the head of a merge request by fingerprint and shows one issue per fingerprint, so
/// each issue's fingerprint is the finding's, with <c>-2</c>, <c>-3</c>… added to a repeat within one report.
/// </summary>
public sealed class CodeQualityReportWriter : IReportWriter
{
    public string Format => "codequality";

    public string FileExtension => "json";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var json = new Utf8JsonWriter(new TextWriterStream(output), JsonReportWriter.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var finding in FindingOrder.Sort(report.Findings).Where(f => f.Status == FindingStatus.Open))
            {
                var repeat = seen[finding.Fingerprint] = seen.GetValueOrDefault(finding.Fingerprint) + 1;
                WriteIssue(json, finding, repeat == 1 ? finding.Fingerprint : $"{finding.Fingerprint}-{repeat}");
                JsonReportWriter.FlushWhenFull(json);
            }

            json.WriteEndArray();
        }

        output.Write('\n');
    }

    /// <summary>Rampart's five severities onto GitLab's five, in order.</summary>
    public static string SeverityOf(Severity severity) => severity switch
    {
        Severity.Critical => "blocker",
        Severity.High => "critical",
        Severity.Medium => "major",
        Severity.Low => "minor",
        _ => "info",
    };

    /// <summary>The Code Climate category: every Rampart finding is a security concern but a schema error, a bug risk.</summary>
    public static string CategoryOf(Category category) => category == Category.Schema ? "Bug Risk" : "Security";

    private static void WriteIssue(Utf8JsonWriter json, Finding finding, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("type", "issue");
        json.WriteString("check_name", finding.RuleId);
        json.WriteString("description", Description(finding));
        json.WriteStartArray("categories");
        json.WriteStringValue(CategoryOf(finding.Category));
        json.WriteEndArray();
        json.WriteString("severity", SeverityOf(finding.Severity));
        json.WriteString("fingerprint", fingerprint);
        json.WriteStartObject("location");
        json.WriteString("path", finding.Location.Path);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", Math.Max(1, finding.Location.Line));
        json.WriteEndObject();
        json.WriteEndObject();
        if (finding.Remediation is { } remediation)
        {
            json.WriteStartObject("content");
            json.WriteString("body", remediation);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One line the widget shows: rule, resource and message, with the owners who should act.</summary>
    private static string Description(Finding finding)
    {
        var resource = finding.Resource is { } r ? $" {FindingText.Cut(r with { Namespace = null })}:" : "";
        var owners = finding.Owners.Count > 0 ? $" (owners: {string.Join(", ", finding.Owners)})" : "";
        return ReportText.OneLine(ReportText.WellFormed($"{finding.RuleId}:{resource} {finding.Message}{owners}"));
    }
}
