using System.Globalization;
using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Reporting;

/// <summary>
/// <c>--format spdx-json</c>: the scan's package inventory as an SPDX 2.3 JSON document. The scanned target is the
/// package the document describes; every lockfile package is a package with its version and its package URL (an
/// external reference), licences and download location <c>NOASSERTION</c> (lockfiles do not say). Relationships: the
/// target <c>CONTAINS</c> every package, <c>DEPENDS_ON</c> the direct ones, and development packages are
/// <c>DEV_DEPENDENCY_OF</c> it.
/// </summary>
public sealed class SpdxJsonReportWriter : IReportWriter
{
    private const string Document = "SPDXRef-DOCUMENT";
    private const string Target = "SPDXRef-Target";
    private const string NoAssertion = "NOASSERTION";

    public string Format => "spdx-json";

    public string FileExtension => "spdx.json";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var components = SbomComponent.Of(report);
        var identity = SbomComponent.Identity(report, components).ToString("D", CultureInfo.InvariantCulture);
        using (var json = new Utf8JsonWriter(new TextWriterStream(output), JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("spdxVersion", "SPDX-2.3");
            json.WriteString("dataLicense", "CC0-1.0");
            json.WriteString("SPDXID", Document);
            json.WriteString("name", JsonReportWriter.Clean(report.Target));
            json.WriteString("documentNamespace", $"https://spdx.org/spdxdocs/rampart-{identity}");
            json.WriteStartObject("creationInfo");
            json.WriteString("created", ReportTimes.UtcSeconds(report.StartedAt));
            JsonReportWriter.WriteStrings(json, "creators", [$"Tool: {report.ToolName}-{report.ToolVersion}"]);
            json.WriteEndObject();
            JsonReportWriter.WriteStrings(json, "documentDescribes", [Target]);
            json.WriteStartArray("packages");
            WritePackage(json, Target, report.Target, null, null, "APPLICATION");
            for (var i = 0; i < components.Count; i++)
            {
                WritePackage(json, Id(i), components[i].Package.Name, components[i].Package.Version, components[i].Package.Purl, "LIBRARY");
                JsonReportWriter.FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("relationships");
            Relationship(json, Document, "DESCRIBES", Target);
            for (var i = 0; i < components.Count; i++)
            {
                Relationship(json, Target, "CONTAINS", Id(i));
                if (components[i].Relation == DependencyRelation.Direct)
                {
                    Relationship(json, Target, "DEPENDS_ON", Id(i));
                }

                if (components[i].Dev)
                {
                    Relationship(json, Id(i), "DEV_DEPENDENCY_OF", Target);
                }

                JsonReportWriter.FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write('\n');
    }

    private static string Id(int index) => "SPDXRef-Package-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static void WritePackage(Utf8JsonWriter json, string id, string name, string? version, string? purl, string purpose)
    {
        json.WriteStartObject();
        json.WriteString("SPDXID", id);
        json.WriteString("name", JsonReportWriter.Clean(name));
        if (version is not null)
        {
            json.WriteString("versionInfo", JsonReportWriter.Clean(version));
        }

        json.WriteString("downloadLocation", NoAssertion);
        json.WriteBoolean("filesAnalyzed", false);
        json.WriteString("licenseConcluded", NoAssertion);
        json.WriteString("licenseDeclared", NoAssertion);
        json.WriteString("copyrightText", NoAssertion);
        json.WriteString("primaryPackagePurpose", purpose);
        if (purl is not null)
        {
            json.WriteStartArray("externalRefs");
            json.WriteStartObject();
            json.WriteString("referenceCategory", "PACKAGE-MANAGER");
            json.WriteString("referenceType", "purl");
            json.WriteString("referenceLocator", JsonReportWriter.Clean(purl));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Relationship(Utf8JsonWriter json, string element, string type, string related)
    {
        json.WriteStartObject();
        json.WriteString("spdxElementId", element);
        json.WriteString("relationshipType", type);
        json.WriteString("relatedSpdxElement", related);
        json.WriteEndObject();
    }
}
