using System.Globalization;
using System.Text;
using System.Xml;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>The <c>testcase</c> element for one finding.</summary>
internal static class JUnitTestCase
{
    public static void Write(XmlWriter xml, Finding finding, string name, ReportGate gate)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", XmlText.Clean(finding.Location.Path));
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("file", XmlText.Clean(finding.Location.Path));
        if (finding.Location.Line > 0)
        {
            xml.WriteAttributeString("line", finding.Location.Line.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteAttributeString("time", "0");
        if (gate.IsFailure(finding))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", XmlText.Clean(ReportText.OneLine(finding.Title)));
            xml.WriteAttributeString("type", ReportNames.Of(finding.Severity));
            xml.WriteString(Details(finding, null));
            xml.WriteEndElement();
        }
        else if (finding.Status != FindingStatus.Open)
        {
            xml.WriteStartElement("skipped");
            var reason = finding.StatusReason is { Length: > 0 } text ? ": " + ReportText.OneLine(text) : "";
            xml.WriteAttributeString("message", XmlText.Clean(ReportNames.Of(finding.Status) + reason));
            xml.WriteEndElement();
        }
        else
        {
            var threshold = gate.ThresholdOf(finding) is { } value ? ReportNames.Of(value) : "no";
            xml.WriteElementString("system-out", Details(finding, $"not failing: below the {threshold} threshold"));
        }

        xml.WriteEndElement();
    }

    private static string Details(Finding finding, string? note)
    {
        var text = new StringBuilder();
        text.Append(ReportNames.Of(finding.Severity)).Append(' ').Append(finding.RuleId).Append(": ").Append(finding.Message);
        if (note is not null)
        {
            text.Append('\n').Append(note);
        }

        text.Append("\nat ").Append(finding.Location);
        if (finding.Resource is { } resource)
        {
            text.Append("\nresource: ").Append(FindingText.Cut(resource.ApiVersion)).Append(' ').Append(FindingText.Cut(resource));
        }

        if (finding.Package is { } package)
        {
            text.Append("\npackage: ").Append(package.Ecosystem).Append(' ').Append(package.Name).Append('@').Append(package.Version);
        }

        if (finding.Owners.Count > 0)
        {
            text.Append("\nowners: ").AppendJoin(", ", finding.Owners);
        }

        if (finding.Remediation is { Length: > 0 } remediation)
        {
            text.Append("\nremediation: ").Append(remediation);
        }

        if (finding.Fingerprint.Length > 0)
        {
            text.Append("\nfingerprint: ").Append(finding.Fingerprint);
        }

        return XmlText.Clean(text.ToString());
    }
}
