using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Json.Schema;
using Rampart.Reporting;
using Rampart.Testing;
using Rampart.Tests.Reporting;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Every report format writes whatever the findings hold: the JSON report names the findings' paths as they are,
/// SARIF's URIs lead back to them, JUnit is well-formed XML, and the Markdown comment keeps to GitHub's size. When
/// asked (schema validation costs more than the scan), the JSON report is checked against its published schema
/// and SARIF against the SARIF 2.1.0 schema (when the shared corpus that holds it is present).
/// </summary>
internal static class ReportChecks
{
    private static readonly Lazy<JsonSchema> JsonSchema = new(() => SchemaValidation.Load(Path.Combine(RepositoryPaths.Root, "docs", "json-format.schema.json")));

    private static readonly Lazy<JsonSchema?> SarifSchema = new(() =>
        RepositoryPaths.Corpus is { } corpus && Path.Combine(corpus, "ownership", "schemas", "sarif", "sarif-schema-2.1.0.json") is var path && File.Exists(path)
            ? SchemaValidation.LoadDraft04(path)
            : null);

    public static IEnumerable<FuzzViolation> Written(ScanReport report, bool validateSchemas)
    {
        var options = new ReportOptions { RepositoryRoot = report.Target, Width = 100 };
        foreach (var writer in ReportFormats.Default.All)
        {
            var output = new StringWriter();
            string? problem;
            try
            {
                writer.Write(report, output, options);
                problem = Check(writer.Format, output.ToString(), report, options, validateSchemas);
            }
#pragma warning disable CA1031 // Any exception of a report writer is what this check looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                problem = e.ToString();
            }

            if (problem is not null)
            {
                yield return new FuzzViolation(null, $"the {writer.Format} report: {problem}");
            }
        }
    }

    private static string? Check(string format, string text, ScanReport report, ReportOptions options, bool validateSchemas)
    {
        try
        {
            return format switch
            {
                "json" => Json(text, report, validateSchemas),
                "sarif" => Sarif(text, report, validateSchemas),
                "junit" => XDocument.Parse(text) is null ? "empty" : null,
                "codequality" => CodeQuality(text),
                "markdown" when text.Length > options.MarkdownMaxCharacters => $"{text.Length} characters, over the limit of {options.MarkdownMaxCharacters}",
                _ => text.Length == 0 ? "empty" : null,
            };
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return $"not well-formed: {e.Message}";
        }
    }

    private static string? Json(string text, ScanReport report, bool validateSchema)
    {
        if (validateSchema && SchemaValidation.Evaluate(JsonSchema.Value, text) is { Valid: false } invalid)
        {
            return "not valid against docs/json-format.schema.json: " + string.Join("; ", invalid.Errors.Take(5));
        }

        using var document = JsonDocument.Parse(text);
        var written = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal);
        return written.SequenceEqual(report.Findings.Select(f => f.Location.Path).Order(StringComparer.Ordinal))
            ? null
            : "the findings' paths are not written as they are";
    }

    /// <summary>GitLab shows one issue per fingerprint and needs a line of at least 1.</summary>
    private static string? CodeQuality(string text)
    {
        using var document = JsonDocument.Parse(text);
        var issues = document.RootElement.EnumerateArray().ToList();
        if (issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct(StringComparer.Ordinal).Count() != issues.Count)
        {
            return "two issues share a fingerprint";
        }

        return issues.Any(i => i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() < 1) ? "an issue begins before line 1" : null;
    }

    private static string? Sarif(string text, ScanReport report, bool validateSchema)
    {
        if (validateSchema && SarifSchema.Value is { } schema && SchemaValidation.Evaluate(schema, text) is { Valid: false } invalid)
        {
            return "not valid against the SARIF 2.1.0 schema: " + string.Join("; ", invalid.Errors.Take(5));
        }

        using var document = JsonDocument.Parse(text);
        var paths = report.Findings.Select(f => f.Location.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || !paths.Contains(Uri.UnescapeDataString(uri)))
            {
                return $"the URI '{uri}' does not lead back to the path of a finding";
            }
        }

        return null;
    }
}
