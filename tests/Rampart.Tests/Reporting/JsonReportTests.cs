using System.Text.Json;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class JsonReportTests
{
    [Fact]
    public void Findings_are_ordered_by_path_line_column_and_rule()
    {
        using var json = Json(SampleReports.Representative());

        Assert.Equal(
            [
                "app/package-lock.json:CVE-2021-23337",
                "apps/alice/config.yaml:3:1:RMP-LOAD-DUPKEY",
                "clusters/prod/kustomization.yaml:4:3:RMP-GITOPS-UNRENDERED",
                "deploy/my app/ünïcode #1%.yaml:9:20:RMP-SECRET-ENV",
                "deploy/web.yaml:22:18:RMP-HYG-001",
                "deploy/web.yaml:24:13:RMP-POLICY-CUSTOM",
                "deploy/web.yaml:24:13:RMP-PSS-003",
                "deploy/web.yaml:30:30:RMP-SCHEMA-TYPE",
                "images/api/Dockerfile:7:1:RMP-IMG-ROOT",
                "platform/rbac.yaml:11:9:RMP-RBAC-ADMIN",
            ],
            Findings(json).Select(finding =>
                $"{finding.GetProperty("path").GetString()}:{Position(finding, "line")}{Position(finding, "column")}{finding.GetProperty("ruleId").GetString()}"));
    }

    [Fact]
    public void The_document_names_its_format_version_and_the_tool()
    {
        using var json = Json(SampleReports.Empty());

        Assert.Equal("1.4.0", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("rampart", json.RootElement.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("0.1.0", json.RootElement.GetProperty("tool").GetProperty("version").GetString());
    }

    [Fact]
    public void Coverage_counts_the_files_by_outcome()
    {
        using var json = Json(SampleReports.Representative());
        var coverage = json.RootElement.GetProperty("coverage");

        Assert.Equal(
            [("manifests", 8), ("notRendered", 2), ("withoutObjects", 1), ("notScanned", 1), ("entryPoints", 0), ("renderedObjects", 0), ("renderInputs", 0)],
            coverage.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal(JsonValueKind.Array, coverage.GetProperty("notChecked").ValueKind);
    }

    [Fact]
    public void Enum_values_are_lower_case_words()
    {
        using var json = Json(SampleReports.Representative());

        foreach (var finding in Findings(json))
        {
            Assert.Matches("^[a-z]+$", finding.GetProperty("severity").GetString());
            Assert.Matches("^[a-z]+$", finding.GetProperty("category").GetString());
            Assert.Matches("^[a-z]+$", finding.GetProperty("status").GetString());
            Assert.Matches("^[a-z]+$", finding.GetProperty("responsibility").GetString());
        }
    }

    [Fact]
    public void Per_team_summary_counts_the_open_findings_each_team_owns()
    {
        using var json = Json(SampleReports.Representative());
        var payments = json.RootElement.GetProperty("summary").GetProperty("teams")[0];

        Assert.Equal("payments", payments.GetProperty("team").GetString());
        Assert.False(payments.GetProperty("passed").GetBoolean());
        Assert.Equal(6, payments.GetProperty("findings").GetInt32());
        Assert.Equal("""{"critical":1,"high":1,"medium":1,"low":0,"info":0}""", JsonSerializer.Serialize(payments.GetProperty("openBySeverity")));
    }

    [Fact]
    public void An_unpaired_surrogate_becomes_a_replacement_character()
    {
        var finding = SampleFindings.ImageLowUnowned with { Message = "broken \ud83d text", Owners = ["@team\udfff"] };
        using var json = Json(SampleReports.Representative() with { Findings = [finding] });

        var written = Findings(json).Single();
        Assert.Equal("broken \uFFFD text", written.GetProperty("message").GetString());
        Assert.Equal("@team\uFFFD", written.GetProperty("owners")[0].GetString());
    }

    [Fact]
    public void Unknown_positions_are_null_rather_than_zero()
    {
        var finding = SampleFindings.ImageLowUnowned with { Location = new SourceLocation("x.yaml") };
        using var json = Json(SampleReports.Representative() with { Findings = [finding] });

        var written = Findings(json).Single();
        Assert.Equal(JsonValueKind.Null, written.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, written.GetProperty("column").ValueKind);
    }

    private static string Position(JsonElement finding, string name) =>
        finding.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : finding.GetProperty(name).GetInt32() + ":";

    private static JsonDocument Json(ScanReport report) =>
        JsonDocument.Parse(SampleReports.Render(new JsonReportWriter(), report, SampleReports.Options));

    private static List<JsonElement> Findings(JsonDocument json) =>
        [.. json.RootElement.GetProperty("findings").EnumerateArray()];
}
