using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>One SARIF <c>result</c> for one finding.</summary>
internal static class SarifResults
{
    /// <summary>The key GitHub uses to track an alert across runs; we give it our line-independent fingerprint.</summary>
    public const string GitHubFingerprintKey = "primaryLocationLineHash";

    /// <summary>Our own fingerprint under a versioned key, for other SARIF consumers.</summary>
    public const string RampartFingerprintKey = "rampart/v1";

    public static void Write(Utf8JsonWriter json, Finding finding, SarifRules rules, bool baselineUsed, string pathPrefix)
    {
        var rule = rules[finding.RuleId];
        json.WriteStartObject();
        json.WriteString("ruleId", JsonReportWriter.Clean(finding.RuleId));
        json.WriteNumber("ruleIndex", rules.IndexOf(finding.RuleId));
        json.WriteString("level", SarifRules.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", MessageText(SarifReportWriter.NonEmpty(finding.Message, SarifReportWriter.NonEmpty(finding.Title, finding.RuleId))));
        json.WriteEndObject();
        WriteLocations(json, finding, pathPrefix);
        if (!string.IsNullOrEmpty(finding.Fingerprint))
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(GitHubFingerprintKey, JsonReportWriter.Clean(finding.Fingerprint));
            json.WriteString(RampartFingerprintKey, JsonReportWriter.Clean(finding.Fingerprint));
            json.WriteEndObject();
        }

        WriteSuppression(json, finding);
        if (baselineUsed)
        {
            json.WriteString("baselineState", finding.Status == FindingStatus.Baselined ? "unchanged" : "new");
        }

        WriteProperties(json, finding, rule);
        json.WriteEndObject();
    }

    /// <summary>
    /// SARIF reads <c>[text](target)</c> in a message as an embedded link; a finding's message is plain text, so
    /// a bracket that would start a link target is escaped as SARIF prescribes (<c>\]</c>).
    /// </summary>
    internal static string MessageText(string message) => message.Replace("](", "\\](", StringComparison.Ordinal);

    private static void WriteLocations(Utf8JsonWriter json, Finding finding, string pathPrefix)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUris.RelativeReference(SarifUris.FromRoot(pathPrefix, finding.Location.Path)));
        json.WriteString("uriBaseId", SarifReportWriter.SourceRootId);
        json.WriteEndObject();
        WriteRegion(json, finding.Location);
        json.WriteEndObject();
        if (finding.Resource is { } resource)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            if (!string.IsNullOrEmpty(resource.Name))
            {
                json.WriteString("name", JsonReportWriter.Clean(resource.Name));
            }

            json.WriteString("fullyQualifiedName", JsonReportWriter.Clean(resource.ToString()));
            json.WriteString("kind", "resource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        WriteRelatedLocations(json, finding, pathPrefix);
    }

    /// <summary>
    /// For a finding on a rendered object, the other files of its chain: the entry point (at its line), the
    /// kustomizations on the way and the file the object was read from, each with a message saying what it is.
    /// </summary>
    private static void WriteRelatedLocations(Utf8JsonWriter json, Finding finding, string pathPrefix)
    {
        if (finding.Origin is not { } origin)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        var id = 0;
        foreach (var file in origin.Files.Where(f => f != finding.Location.Path))
        {
            var isEntry = file == origin.EntryPoint.Path;
            json.WriteStartObject();
            json.WriteNumber("id", ++id);
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", SarifUris.RelativeReference(SarifUris.FromRoot(pathPrefix, file)));
            json.WriteString("uriBaseId", SarifReportWriter.SourceRootId);
            json.WriteEndObject();
            if (isEntry)
            {
                WriteRegion(json, origin.EntryPoint);
            }

            json.WriteEndObject();
            json.WriteStartObject("message");
            json.WriteString("text", MessageText(JsonReportWriter.Clean(isEntry
                ? $"entry point: {origin.EntryPointKind} {origin.EntryPointName}"
                : "rendered through this file")));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Positions are written only when known (SARIF positions start at 1). The end line defaults to the start
    /// line, which is what SARIF assumes anyway but GitHub wants written out.
    /// </summary>
    private static void WriteRegion(Utf8JsonWriter json, SourceLocation location)
    {
        if (location.Line <= 0)
        {
            return;
        }

        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        if (location.Column > 0)
        {
            json.WriteNumber("startColumn", location.Column);
        }

        var endLine = location.EndLine >= location.Line ? location.EndLine : location.Line;
        json.WriteNumber("endLine", endLine);
        var endColumnValid = location.EndColumn > 0 && (endLine > location.Line || location.EndColumn > location.Column);
        if (endColumnValid)
        {
            json.WriteNumber("endColumn", location.EndColumn);
        }

        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Finding finding)
    {
        var kind = finding.Status switch
        {
            FindingStatus.Suppressed => "inSource",
            FindingStatus.Waived => "external",
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", kind);
        json.WriteString("status", "accepted");
        if (!string.IsNullOrWhiteSpace(finding.StatusReason))
        {
            json.WriteString("justification", JsonReportWriter.Clean(finding.StatusReason));
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, Finding finding, RuleDescriptor rule)
    {
        json.WriteStartObject("properties");
        json.WriteString("severity", ReportNames.Of(finding.Severity));
        json.WriteString("category", ReportNames.Of(finding.Category));
        json.WriteString("responsibility", ReportNames.Of(finding.Responsibility));
        json.WriteString("status", ReportNames.Of(finding.Status));
        JsonReportWriter.WriteStrings(json, "owners", finding.Owners);
        if (finding.Severity != rule.Severity && SarifRules.SecuritySeverity(finding.Severity) is { } score)
        {
            json.WriteString("security-severity", score);
        }

        if (finding.Location.FieldPath is { } field)
        {
            json.WriteString("fieldPath", JsonReportWriter.Clean(field));
        }

        if (finding.Package is { } package)
        {
            json.WriteStartObject("package");
            json.WriteString("ecosystem", JsonReportWriter.Clean(package.Ecosystem));
            json.WriteString("name", JsonReportWriter.Clean(package.Name));
            json.WriteString("version", JsonReportWriter.Clean(package.Version));
            JsonReportWriter.WriteStrings(json, "fixedVersions", package.FixedVersions);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
