using System.Globalization;
using System.Text.Json;
using Rampart.Dependencies.Inventory;

namespace Rampart.Reporting;

/// <summary>
/// <c>--format cyclonedx</c>: the scan's package inventory as a CycloneDX 1.6 JSON BOM. Each package is a
/// <c>library</c> component with its package URL as <c>bom-ref</c>, its version, <c>scope</c> <c>optional</c> for
/// development packages (<c>required</c> otherwise), where it is declared (<c>evidence.occurrences</c>), and
/// <c>rampart:*</c> properties (ecosystem, dev, direct or transitive). The scanned target is the metadata component;
/// the dependency graph says what it depends on directly, as far as the lockfiles tell.
/// </summary>
public sealed class CycloneDxReportWriter : IReportWriter
{
    private const string RootRef = "rampart:target";

    public string Format => "cyclonedx";

    public string FileExtension => "cdx.json";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var components = SbomComponent.Of(report);
        using (var json = new Utf8JsonWriter(new TextWriterStream(output), JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", "1.6");
            json.WriteString("serialNumber", "urn:uuid:" + SbomComponent.Identity(report, components).ToString("D", CultureInfo.InvariantCulture));
            json.WriteNumber("version", 1);
            WriteMetadata(json, report);
            json.WriteStartArray("components");
            foreach (var component in components)
            {
                WriteComponent(json, component);
                JsonReportWriter.FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("dependencies");
            json.WriteStartObject();
            json.WriteString("ref", RootRef);
            JsonReportWriter.WriteStrings(json, "dependsOn", components.Where(c => c.Relation == DependencyRelation.Direct).Select(c => c.Package.Purl));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write('\n');
    }

    private static void WriteMetadata(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", ReportTimes.UtcSeconds(report.StartedAt));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", JsonReportWriter.Clean(report.ToolName));
        json.WriteString("version", JsonReportWriter.Clean(report.ToolVersion));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", RootRef);
        json.WriteString("name", JsonReportWriter.Clean(report.Target));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, SbomComponent component)
    {
        var package = component.Package;
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", JsonReportWriter.Clean(package.Purl));
        json.WriteString("name", JsonReportWriter.Clean(package.Name));
        json.WriteString("version", JsonReportWriter.Clean(package.Version));
        json.WriteString("scope", component.Dev ? "optional" : "required");
        json.WriteString("purl", JsonReportWriter.Clean(package.Purl));
        json.WriteStartArray("properties");
        Property(json, "rampart:ecosystem", package.Ecosystem);
        Property(json, "rampart:dev", component.Dev ? "true" : "false");
        Property(json, "rampart:relation", component.RelationName);
        json.WriteEndArray();
        json.WriteStartObject("evidence");
        json.WriteStartArray("occurrences");
        foreach (var (path, line) in component.Occurrences)
        {
            json.WriteStartObject();
            json.WriteString("location", JsonReportWriter.Clean(path));
            if (line > 0)
            {
                json.WriteNumber("line", line);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("value", JsonReportWriter.Clean(value));
        json.WriteEndObject();
    }
}
