using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>The committed golden reports are valid against the schemas they claim: ours for JSON, OASIS's for SARIF.</summary>
public sealed class SchemaConformanceTests
{
    private static string JsonSchemaPath => Path.Combine(RepositoryPaths.Root, "docs", "json-format.schema.json");

    [Theory]
    [InlineData("representative.json")]
    [InlineData("empty.json")]
    public void Golden_json_is_valid_against_the_published_schema(string golden)
    {
        var schema = SchemaValidation.Load(JsonSchemaPath);

        SchemaValidation.AssertValid(schema, File.ReadAllText(Golden.PathOf(golden)));
    }

    [Fact]
    public void A_diff_report_is_valid_against_the_published_schema()
    {
        var schema = SchemaValidation.Load(JsonSchemaPath);
        var report = SampleReports.Representative() with
        {
            Findings = [.. SampleReports.Representative().Findings.Select((f, i) => f with { Change = i % 2 == 0 ? ChangeKind.New : ChangeKind.Unchanged })],
            Diff = new DiffSummary("origin/main", "0123abcd", 3, New: 5, Unchanged: 4, Fixed: [SampleFindings.SchemaHigh with { Change = ChangeKind.Fixed }]),
        };

        var json = SampleReports.Render(new JsonReportWriter(), report, SampleReports.Options);

        SchemaValidation.AssertValid(schema, json);
        Assert.Contains("\"change\": \"fixed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_schema_rejects_an_upper_case_severity()
    {
        var schema = SchemaValidation.Load(JsonSchemaPath);
        var json = File.ReadAllText(Golden.PathOf("representative.json")).Replace("\"severity\": \"critical\"", "\"severity\": \"Critical\"", StringComparison.Ordinal);

        Assert.False(SchemaValidation.Evaluate(schema, json).Valid);
    }

    [Theory]
    [InlineData("representative.sarif")]
    [InlineData("empty.sarif")]
    public void Golden_sarif_is_valid_against_the_sarif_2_1_0_schema(string golden)
    {
        var schema = SchemaValidation.LoadDraft04(SarifSchemaPath());

        SchemaValidation.AssertValid(schema, File.ReadAllText(Golden.PathOf(golden)));
    }

    [Fact]
    public void The_sarif_schema_as_loaded_rejects_a_zero_start_line()
    {
        var schema = SchemaValidation.LoadDraft04(SarifSchemaPath());
        var sarif = File.ReadAllText(Golden.PathOf("representative.sarif")).Replace("\"startLine\": 24", "\"startLine\": 0", StringComparison.Ordinal);

        var (valid, errors) = SchemaValidation.Evaluate(schema, sarif);

        Assert.False(valid);
        Assert.Contains(errors, error => error.Contains("startLine", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_of_a_large_report_is_valid_against_the_sarif_2_1_0_schema()
    {
        var schema = SchemaValidation.LoadDraft04(SarifSchemaPath());
        var findings = Enumerable.Range(1, 40).Select(i => SampleFindings.PrivilegedCritical with
        {
            Location = new SourceLocation($"deploy/app-{i % 7}.yaml", i, 0),
            Severity = (Severity)(i % 5),
            Status = (FindingStatus)(i % 4),
            StatusReason = i % 3 == 0 ? null : "reason",
        });
        var report = SampleReports.Representative() with { Findings = [.. findings], Baseline = null };

        var sarif = SampleReports.Render(new SarifReportWriter(), report, SampleReports.Options with { SarifMaxResults = 25, RepositoryRoot = null });

        SchemaValidation.AssertValid(schema, sarif);
    }

    private static string SarifSchemaPath() =>
        Path.Combine(RepositoryPaths.CorpusFolder("ownership/schemas/sarif"), "sarif-schema-2.1.0.json");
}
