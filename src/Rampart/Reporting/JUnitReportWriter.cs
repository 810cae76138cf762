using System.Globalization;
using System.Text;
using System.Xml;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// JUnit XML as CI systems read it: one <c>testsuite</c> per scanned file that has findings, one
/// <c>testcase</c> per finding (a <c>failure</c> when it fails the gate, <c>skipped</c> when suppressed,
/// waived or baselined, passed otherwise), and a last suite with a passed case for each rule that found
/// nothing. Test case names are unique within their class, as GitLab needs.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public const string CleanRulesSuite = "rules without findings";

    public string Format => "junit";

    public string FileExtension => "xml";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        var gate = new ReportGate(report.Gate);
        var findings = FindingOrder.Sort(report.Findings);
        var files = findings.GroupBy(finding => finding.Location.Path, StringComparer.Ordinal).ToList();
        var found = findings.Select(finding => finding.RuleId).ToHashSet(StringComparer.Ordinal);
        var cleanRules = report.Rules.DistinctBy(rule => rule.Id).Where(rule => !found.Contains(rule.Id))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", XmlText.Clean(report.ToolName));
            WriteCounts(xml, findings.Count + cleanRules.Count, findings.Count(gate.IsFailure), findings.Count(IsSkipped));
            xml.WriteAttributeString("time", Seconds(report.Duration));
            WriteTimestamp(xml, report.StartedAt);
            foreach (var file in files)
            {
                WriteFileSuite(xml, file.Key, [.. file], gate, report);
            }

            if (cleanRules.Count > 0)
            {
                WriteCleanRules(xml, cleanRules, report);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteFileSuite(XmlWriter xml, string path, IReadOnlyList<Finding> findings, ReportGate gate, ScanReport report)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(path));
        WriteCounts(xml, findings.Count, findings.Count(gate.IsFailure), findings.Count(IsSkipped));
        xml.WriteAttributeString("time", "0");
        WriteTimestamp(xml, report.StartedAt);
        xml.WriteAttributeString("file", XmlText.Clean(path));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var name = UniqueName(names, CaseName(finding));
            JUnitTestCase.Write(xml, finding, name, gate);
        }

        xml.WriteEndElement();
    }

    private static void WriteCleanRules(XmlWriter xml, List<RuleDescriptor> rules, ScanReport report)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", CleanRulesSuite);
        WriteCounts(xml, rules.Count, 0, 0);
        xml.WriteAttributeString("time", "0");
        WriteTimestamp(xml, report.StartedAt);
        foreach (var rule in rules)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", XmlText.Clean(report.ToolName) + ".rules");
            xml.WriteAttributeString("name", XmlText.Clean(rule.Id + " " + ReportText.OneLine(rule.Title)));
            xml.WriteAttributeString("time", "0");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string CaseName(Finding finding)
    {
        var name = new StringBuilder(finding.RuleId);
        if (finding.Resource is { } resource)
        {
            name.Append(' ').Append(FindingText.Cut(resource));
        }

        if (finding.Location.Line > 0)
        {
            name.Append(CultureInfo.InvariantCulture, $" at {finding.Location.Line}:{finding.Location.Column}");
        }

        return XmlText.Clean(ReportText.OneLine(name.ToString()));
    }

    private static string UniqueName(HashSet<string> taken, string name)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name} #{n}");
        }

        return unique;
    }

    private static bool IsSkipped(Finding finding) => finding.Status != FindingStatus.Open;

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteTimestamp(XmlWriter xml, DateTimeOffset startedAt)
    {
        if (startedAt != default)
        {
            xml.WriteAttributeString("timestamp", startedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
