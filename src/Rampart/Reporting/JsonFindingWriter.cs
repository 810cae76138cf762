using System.Globalization;
using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The <c>rules[]</c> and <c>findings[]</c> entries of the JSON report. A writer of findings encodes the keys once for
/// all and each value that recurs on many findings once per <see cref="JsonTextCache"/>; a new one for each block of
/// findings written on its own thread.
/// </summary>
internal sealed class JsonFindingWriter
{
    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText AliasesName = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText EndLineName = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText EndColumnName = JsonEncodedText.Encode("endColumn");
    private static readonly JsonEncodedText FieldPathName = JsonEncodedText.Encode("fieldPath");
    private static readonly JsonEncodedText ResourceName = JsonEncodedText.Encode("resource");
    private static readonly JsonEncodedText ApiVersionName = JsonEncodedText.Encode("apiVersion");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText NamespaceName = JsonEncodedText.Encode("namespace");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText OriginName = JsonEncodedText.Encode("origin");
    private static readonly JsonEncodedText EntryPointName = JsonEncodedText.Encode("entryPoint");
    private static readonly JsonEncodedText FilesName = JsonEncodedText.Encode("files");
    private static readonly JsonEncodedText CommitName = JsonEncodedText.Encode("commit");
    private static readonly JsonEncodedText PackageName = JsonEncodedText.Encode("package");
    private static readonly JsonEncodedText OwnersName = JsonEncodedText.Encode("owners");
    private static readonly JsonEncodedText ResponsibilityName = JsonEncodedText.Encode("responsibility");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText StatusReasonName = JsonEncodedText.Encode("statusReason");
    private static readonly JsonEncodedText FingerprintName = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText ChangeName = JsonEncodedText.Encode("change");
    private static readonly JsonEncodedText RemediationName = JsonEncodedText.Encode("remediation");
    private static readonly JsonEncodedText HelpUriName = JsonEncodedText.Encode("helpUri");

    private readonly JsonTextCache values = new();

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

    public void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString(RuleIdName, values.Of(finding.RuleId));
        WriteStrings(json, AliasesName, finding.Aliases);
        json.WriteString(CategoryName, values.Of(ReportNames.Of(finding.Category)));
        json.WriteString(SeverityName, values.Of(ReportNames.Of(finding.Severity)));
        json.WriteString(TitleName, values.Of(finding.Title));
        json.WriteString(MessageName, values.Of(finding.Message));
        WriteLocation(json, finding.Location);
        WriteResource(json, finding.Resource);
        WriteOrigin(json, finding.Origin);
        WriteCommit(json, finding.Commit);
        WritePackage(json, finding.Package);
        JsonReportWriter.WriteStrings(json, OwnersName, finding.Owners);
        json.WriteString(ResponsibilityName, values.Of(ReportNames.Of(finding.Responsibility)));
        json.WriteString(StatusName, values.Of(ReportNames.Of(finding.Status)));
        JsonReportWriter.WriteNullableString(json, StatusReasonName, finding.StatusReason);
        WriteFingerprint(json, finding);
        WriteNullableString(json, ChangeName, finding.Change is { } change ? ReportNames.Of(change) : null);
        WriteNullableString(json, RemediationName, finding.Remediation);
        WriteNullableString(json, HelpUriName, finding.HelpUri);
        json.WriteEndObject();
    }

    /// <summary>A fingerprint the scan computed is written from its bits, without making its text first.</summary>
    private static void WriteFingerprint(Utf8JsonWriter json, Finding finding)
    {
        Span<char> digits = stackalloc char[16];
        if (finding.FingerprintBits is { } bits && bits.TryFormat(digits, out var written, "x16", CultureInfo.InvariantCulture) && written == digits.Length)
        {
            json.WriteString(FingerprintName, digits);
        }
        else
        {
            json.WriteString(FingerprintName, JsonReportWriter.Clean(finding.Fingerprint));
        }
    }

    private void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString(PathName, JsonReportWriter.Clean(location.Path));
        WritePosition(json, LineName, location.Line);
        WritePosition(json, ColumnName, location.Column);
        WritePosition(json, EndLineName, location.EndLine);
        WritePosition(json, EndColumnName, location.EndColumn);
        WriteNullableString(json, FieldPathName, location.FieldPath);
    }

    private static void WritePosition(Utf8JsonWriter json, JsonEncodedText name, int value)
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

    private void WriteResource(Utf8JsonWriter json, ResourceRef? resource)
    {
        if (resource is null)
        {
            json.WriteNull(ResourceName);
            return;
        }

        json.WriteStartObject(ResourceName);
        json.WriteString(ApiVersionName, values.Of(resource.ApiVersion));
        json.WriteString(KindName, values.Of(resource.Kind));
        JsonReportWriter.WriteNullableString(json, NamespaceName, resource.Namespace);
        JsonReportWriter.WriteNullableString(json, NameName, resource.Name);

        json.WriteEndObject();
    }

    private void WriteOrigin(Utf8JsonWriter json, RenderOrigin? origin)
    {
        if (origin is null)
        {
            json.WriteNull(OriginName);
            return;
        }

        json.WriteStartObject(OriginName);
        json.WriteStartObject(EntryPointName);
        json.WriteString(KindName, values.Of(origin.EntryPointKind));
        json.WriteString(NameName, JsonReportWriter.Clean(origin.EntryPointName));
        json.WriteString(PathName, JsonReportWriter.Clean(origin.EntryPoint.Path));
        WritePosition(json, LineName, origin.EntryPoint.Line);
        json.WriteEndObject();
        JsonReportWriter.WriteStrings(json, FilesName, origin.Files);
        json.WriteEndObject();
    }

    /// <summary>Findings of <c>--history</c> have the block (since 1.4.0); it is null on others.</summary>
    private static void WriteCommit(Utf8JsonWriter json, CommitRef? commit)
    {
        if (commit is null)
        {
            json.WriteNull(CommitName);
            return;
        }

        json.WriteStartObject(CommitName);
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
            json.WriteNull(PackageName);
            return;
        }

        json.WriteStartObject(PackageName);
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

    private void WriteNullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, values.Of(value));
        }
    }

    private void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> list)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < list.Count; i++)
        {
            json.WriteStringValue(values.Of(list[i]));
        }

        json.WriteEndArray();
    }
}
