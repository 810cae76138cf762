using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed partial class SarifReportTests
{
    [Fact]
    public void Every_result_points_at_the_rule_with_its_id()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(10, run.GetProperty("results").GetArrayLength());
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void A_rule_the_scan_did_not_describe_is_described_from_its_finding()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var rule = Rules(sarif).Single(rule => rule.GetProperty("id").GetString() == "RMP-LOAD-DUPKEY");

        Assert.Equal("Duplicate key", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("DuplicateKey", rule.GetProperty("name").GetString());
        Assert.Equal("note", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("RMP-PSS-003", 9.0, 10.0, "error")]
    [InlineData("RMP-SCHEMA-TYPE", 7.0, 8.9, "error")]
    [InlineData("RMP-HYG-001", 4.0, 6.9, "warning")]
    [InlineData("RMP-HYG-PDB", 0.1, 3.9, "note")]
    public void Security_severity_falls_in_the_github_band_of_the_rule_severity(string ruleId, double low, double high, string level)
    {
        using var sarif = Sarif(SampleReports.Representative());
        var rule = Rules(sarif).Single(rule => rule.GetProperty("id").GetString() == ruleId);
        var score = double.Parse(rule.GetProperty("properties").GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(score, low, high);
        Assert.Equal(level, rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void An_info_rule_has_no_security_severity()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var rule = Rules(sarif).Single(rule => rule.GetProperty("id").GetString() == "RMP-GITOPS-UNRENDERED");

        Assert.False(rule.GetProperty("properties").TryGetProperty("security-severity", out _));
    }

    [Fact]
    public void Unknown_positions_are_left_out_and_never_written_as_zero()
    {
        var findings = new[]
        {
            SampleFindings.ImageLowUnowned with { Location = new SourceLocation("a.yaml") },
            SampleFindings.ImageLowUnowned with { Location = new SourceLocation("b.yaml", 5) },
            SampleFindings.ImageLowUnowned with { Location = new SourceLocation("c.yaml", 5, 3, 5, 2) },
        };
        var text = SampleReports.Render(new SarifReportWriter(), SampleReports.Representative() with { Findings = findings }, SampleReports.Options);
        using var sarif = JsonDocument.Parse(text);
        var locations = Results(sarif).Select(result => result.GetProperty("locations")[0].GetProperty("physicalLocation")).ToList();

        Assert.DoesNotMatch(ZeroPosition(), text);
        Assert.False(locations[0].TryGetProperty("region", out _));
        Assert.Equal("""{"startLine":5,"endLine":5}""", Compact(locations[1].GetProperty("region")));
        Assert.Equal("""{"startLine":5,"startColumn":3,"endLine":5}""", Compact(locations[2].GetProperty("region")));
    }

    [Fact]
    public void Paths_become_relative_uris_under_the_source_root()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var artifact = Results(sarif).Single(result => result.GetProperty("ruleId").GetString() == "RMP-SECRET-ENV")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal("deploy/my%20app/%C3%BCn%C3%AFcode%20%231%25.yaml", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.Equal("file:///home/ci/acme-gitops/", sarif.RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Fact]
    public void A_scanned_subfolder_puts_its_place_in_the_repository_before_every_path()
    {
        // GitHub reads relative paths from the repository root and ignores originalUriBaseIds.
        var report = SampleReports.Representative() with { Findings = [SampleFindings.ImageLowUnowned with { Location = new SourceLocation("apps/web.yaml", 3, 1) }] };
        using var sarif = JsonDocument.Parse(SampleReports.Render(new SarifReportWriter(), report, SampleReports.Options with { PathPrefix = "clusters/prod/" }));

        var uri = Results(sarif).Single().GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri");
        Assert.Equal("clusters/prod/apps/web.yaml", uri.GetString());
    }

    [Theory]
    [InlineData("", "apps/web.yaml", "apps/web.yaml")]
    [InlineData("deploy/", "apps/web.yaml", "deploy/apps/web.yaml")]
    [InlineData("deploy/prod/", "../../.github/CODEOWNERS", ".github/CODEOWNERS")]
    [InlineData("deploy/", "./a/../b.yaml", "deploy/b.yaml")]
    [InlineData("deploy/", "../../outside.yaml", "../outside.yaml")]
    public void Paths_are_named_from_the_repository_root(string prefix, string path, string expected) =>
        Assert.Equal(expected, SarifUris.FromRoot(prefix, path));

    [Theory]
    [InlineData(null)]
    [InlineData("relative/root")]
    public void Without_an_absolute_root_the_source_root_is_only_described(string? root)
    {
        using var sarif = JsonDocument.Parse(SampleReports.Render(new SarifReportWriter(), SampleReports.Empty(), SampleReports.Options with { RepositoryRoot = root }));
        var baseId = sarif.RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");

        Assert.False(baseId.TryGetProperty("uri", out _));
        Assert.True(baseId.TryGetProperty("description", out _));
    }

    [Fact]
    public void Suppressed_and_waived_findings_carry_an_accepted_suppression_and_others_none()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var suppressions = Results(sarif).ToDictionary(
            result => result.GetProperty("ruleId").GetString()!,
            result => result.TryGetProperty("suppressions", out var list) ? Compact(list) : null);

        Assert.Equal("""[{"kind":"inSource","status":"accepted","justification":"annotation rampart.dev/ignore: \u0022RMP-SECRET-ENV\u0022"}]""", suppressions["RMP-SECRET-ENV"]);
        Assert.StartsWith("""[{"kind":"external","status":"accepted","justification":"Pinned by the release pipeline""", suppressions["RMP-HYG-001"], StringComparison.Ordinal);
        Assert.Null(suppressions["RMP-PSS-003"]);
        Assert.Null(suppressions["CVE-2021-23337"]);
    }

    [Fact]
    public void Baseline_state_is_written_only_when_a_baseline_was_used()
    {
        using var withBaseline = Sarif(SampleReports.Representative());
        using var without = Sarif(SampleReports.Representative() with { Baseline = null });
        var states = Results(withBaseline).ToDictionary(result => result.GetProperty("ruleId").GetString()!, result => result.GetProperty("baselineState").GetString());

        Assert.Equal("unchanged", states["CVE-2021-23337"]);
        Assert.Equal("new", states["RMP-PSS-003"]);
        Assert.All(Results(without), result => Assert.False(result.TryGetProperty("baselineState", out _)));
    }

    [Fact]
    public void Our_fingerprint_is_the_one_github_tracks_alerts_by()
    {
        using var sarif = Sarif(SampleReports.Representative());
        var result = Results(sarif).Single(result => result.GetProperty("ruleId").GetString() == "RMP-PSS-003");

        Assert.Equal("""{"primaryLocationLineHash":"3f2a9c0e11111111","rampart/v1":"3f2a9c0e11111111"}""", Compact(result.GetProperty("partialFingerprints")));
    }

    [Fact]
    public void Past_the_result_limit_the_most_severe_open_findings_are_kept_and_the_rest_counted()
    {
        var text = SampleReports.Render(new SarifReportWriter(), SampleReports.Representative(), SampleReports.Options with { SarifMaxResults = 3 });
        using var sarif = JsonDocument.Parse(text);
        var run = sarif.RootElement.GetProperty("runs")[0];

        Assert.Equal(["RMP-PSS-003", "RMP-SCHEMA-TYPE", "RMP-RBAC-ADMIN"], Results(sarif).Select(result => result.GetProperty("ruleId").GetString()));
        var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.StartsWith("7 results were left out", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_cannot_smuggle_an_embedded_link()
    {
        var finding = SampleFindings.ImageLowUnowned with { Message = "see [the docs](https://evil.example) and items[0]" };
        using var sarif = Sarif(SampleReports.Representative() with { Findings = [finding] });

        Assert.Equal("see [the docs\\](https://evil.example) and items[0]", Results(sarif).Single().GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void An_empty_message_falls_back_to_the_title_because_github_refuses_empty_strings()
    {
        var finding = SampleFindings.ImageLowUnowned with { Message = "" };
        using var sarif = Sarif(SampleReports.Representative() with { Findings = [finding] });

        Assert.Equal("Image runs as root", Results(sarif).Single().GetProperty("message").GetProperty("text").GetString());
    }

    private static JsonDocument Sarif(ScanReport report) =>
        JsonDocument.Parse(SampleReports.Render(new SarifReportWriter(), report, SampleReports.Options));

    private static List<JsonElement> Results(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    private static List<JsonElement> Rules(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    [GeneratedRegex("\"(startLine|startColumn|endLine|endColumn)\": 0")]
    private static partial System.Text.RegularExpressions.Regex ZeroPosition();
}
