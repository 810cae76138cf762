using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>The <c>rules[]</c> and <c>findings[]</c> entries of the JSON report.</summary>
internal static class JsonFindingWriter
{
    public static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", JsonReportWriter.Clean(rule.Id));
        json.WriteString("title", JsonReportWriter.Clean(rule.Title));
        json.WriteString("category", ReportNames.Of(rule.Category));
        json.WriteString("severity", ReportNames.Of(rule.Severity));
        json.WriteString("responsibility", ReportNames.Of(rule.Responsibility));
        JsonReportWriter.WriteStrings(json, "aliases", rule.Aliases);
        JsonReportWriter.WriteNullableString(json, "description", rule.Description);
        JsonReportWriter.WriteNullableString(json, "remediation", rule.Remediation);
        JsonReportWriter.WriteNullableString(json, "helpUri", rule.HelpUri);
        json.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", JsonReportWriter.Clean(finding.RuleId));
        JsonReportWriter.WriteStrings(json, "aliases", finding.Aliases);
        json.WriteString("category", ReportNames.Of(finding.Category));
        json.WriteString("severity", ReportNames.Of(finding.Severity));
        json.WriteString("title", JsonReportWriter.Clean(finding.Title));
        json.WriteString("message", JsonReportWriter.Clean(finding.Message));
        WriteLocation(json, finding.Location);
        WriteResource(json, finding.Resource);
        WriteOrigin(json, finding.Origin);
        WriteCommit(json, finding.Commit);
        WritePackage(json, finding.Package);
        JsonReportWriter.WriteStrings(json, "owners", finding.Owners);
        json.WriteString("responsibility", ReportNames.Of(finding.Responsibility));
        json.WriteString("status", ReportNames.Of(finding.Status));
        JsonReportWriter.WriteNullableString(json, "statusReason", finding.StatusReason);
        json.WriteString("fingerprint", JsonReportWriter.Clean(finding.Fingerprint));
        JsonReportWriter.WriteNullableString(json, "change", finding.Change is { } change ? ReportNames.Of(change) : null);
        JsonReportWriter.WriteNullableString(json, "remediation", finding.Remediation);
        JsonReportWriter.WriteNullableString(json, "helpUri", finding.HelpUri);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("path", JsonReportWriter.Clean(location.Path));
        WritePosition(json, "line", location.Line);
        WritePosition(json, "column", location.Column);
        WritePosition(json, "endLine", location.EndLine);
        WritePosition(json, "endColumn", location.EndColumn);
        JsonReportWriter.WriteNullableString(json, "fieldPath", location.FieldPath);
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int value)
    {
        if (value > 0)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteResource(Utf8JsonWriter json, ResourceRef? resource)
    {
        if (resource is null)
        {
            json.WriteNull("resource");
            return;
        }

        json.WriteStartObject("resource");
        json.WriteString("apiVersion", JsonReportWriter.Clean(resource.ApiVersion));
        json.WriteString("kind", JsonReportWriter.Clean(resource.Kind));
        JsonReportWriter.WriteNullableString(json, "namespace", resource.Namespace);
        JsonReportWriter.WriteNullableString(json, "name", resource.Name);
        json.WriteEndObject();
    }

    private static void WriteOrigin(Utf8JsonWriter json, RenderOrigin? origin)
    {
        if (origin is null)
        {
            json.WriteNull("origin");
            return;
        }

        json.WriteStartObject("origin");
        json.WriteStartObject("entryPoint");
        json.WriteString("kind", JsonReportWriter.Clean(origin.EntryPointKind));
        json.WriteString("name", JsonReportWriter.Clean(origin.EntryPointName));
        json.WriteString("path", JsonReportWriter.Clean(origin.EntryPoint.Path));
        WritePosition(json, "line", origin.EntryPoint.Line);
        json.WriteEndObject();
        JsonReportWriter.WriteStrings(json, "files", origin.Files);
        json.WriteEndObject();
    }

    /// <summary>Findings of <c>--history</c> have the block (since 1.4.0); it is null on others.</summary>
    private static void WriteCommit(Utf8JsonWriter json, CommitRef? commit)
    {
        if (commit is null)
        {
            json.WriteNull("commit");
            return;
        }

        json.WriteStartObject("commit");
        json.WriteString("id", JsonReportWriter.Clean(commit.Id));
        json.WriteString("author", JsonReportWriter.Clean(commit.Author));
        json.WriteString("email", JsonReportWriter.Clean(commit.Email));
        json.WriteString("date", commit.Date);
        json.WriteBoolean("presentAtHead", commit.PresentAtHead);
        json.WriteNumber("commits", commit.Commits);
        json.WriteEndObject();
    }

    private static void WritePackage(Utf8JsonWriter json, PackageRef? package)
    {
        if (package is null)
        {
            json.WriteNull("package");
            return;
        }

        json.WriteStartObject("package");
        json.WriteString("ecosystem", JsonReportWriter.Clean(package.Ecosystem));
        json.WriteString("name", JsonReportWriter.Clean(package.Name));
        json.WriteString("version", JsonReportWriter.Clean(package.Version));
        JsonReportWriter.WriteStrings(json, "fixedVersions", package.FixedVersions);
        if (package.Purl is { } purl)
        {
            json.WriteString("purl", JsonReportWriter.Clean(purl));
        }

        json.WriteEndObject();
    }
}
