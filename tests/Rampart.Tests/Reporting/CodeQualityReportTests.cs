using System.Text.Json;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class CodeQualityReportTests
{
    [Fact]
    public void Each_open_finding_is_one_issue_and_accepted_ones_are_left_out()
    {
        var issues = Issues(SampleReports.Representative());

        Assert.Equal(
            ["RMP-GITOPS-UNRENDERED", "RMP-IMG-ROOT", "RMP-LOAD-DUPKEY", "RMP-POLICY-CUSTOM", "RMP-PSS-003", "RMP-RBAC-ADMIN", "RMP-SCHEMA-TYPE"],
            issues.Select(i => i.GetProperty("check_name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_issue_carries_what_the_merge_request_widget_shows()
    {
        var issue = Issues(SampleReports.Representative()).Single(i => i.GetProperty("check_name").GetString() == "RMP-PSS-003");

        Assert.Equal("issue", issue.GetProperty("type").GetString());
        Assert.Equal("blocker", issue.GetProperty("severity").GetString());
        Assert.Equal("3f2a9c0e11111111", issue.GetProperty("fingerprint").GetString());
        Assert.Equal("deploy/web.yaml", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(24, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(["Security"], issue.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("RMP-PSS-003: Deployment/web: ", issue.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_resource_name_is_cut_as_the_other_reports_cut_it()
    {
        var finding = SampleReports.Representative().Findings.Single(f => f.RuleId == "RMP-PSS-003");
        var named = finding with { Resource = finding.Resource! with { Name = new string('n', 5_000) } };

        var description = Issues(SampleReports.Representative() with { Findings = [named] }).Single().GetProperty("description").GetString()!;

        Assert.Contains("Deployment/" + new string('n', 150), description, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('n', 201), description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_without_a_line_is_placed_on_the_first_line()
    {
        var finding = SampleReports.Representative().Findings.First(f => f.Status == FindingStatus.Open) with
        {
            Location = new SourceLocation("charts/web/Chart.yaml"),
        };

        var issue = Issues(SampleReports.Representative() with { Findings = [finding] }).Single();

        Assert.Equal(1, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void Repeated_fingerprints_are_told_apart_because_GitLab_shows_one_issue_per_fingerprint()
    {
        var finding = SampleReports.Representative().Findings.Single(f => f.RuleId == "RMP-IMG-ROOT");
        var again = finding with { Location = finding.Location with { Line = 9 } };

        var fingerprints = Issues(SampleReports.Representative() with { Findings = [finding, again] })
            .Select(i => i.GetProperty("fingerprint").GetString());

        Assert.Equal(["f0f0f0f088888888", "f0f0f0f088888888-2"], fingerprints);
    }

    [Theory]
    [InlineData(Severity.Critical, "blocker")]
    [InlineData(Severity.High, "critical")]
    [InlineData(Severity.Medium, "major")]
    [InlineData(Severity.Low, "minor")]
    [InlineData(Severity.Info, "info")]
    public void Severities_map_in_order_onto_GitLabs_five(Severity severity, string expected) =>
        Assert.Equal(expected, CodeQualityReportWriter.SeverityOf(severity));

    [Fact]
    public void An_empty_scan_is_an_empty_array() =>
        Assert.Empty(Issues(SampleReports.Empty()));

    private static List<JsonElement> Issues(ScanReport report)
    {
        var text = SampleReports.Render(new CodeQualityReportWriter(), report, SampleReports.Options);
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
