using Rampart.Dependencies.Vex;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;
using static Rampart.Tests.Dependencies.Scanning.VulnScans;

namespace Rampart.Tests.Dependencies.Scanning;

public sealed class VexScanTests
{
    private static string Document(string vulnerability, string product, string status, string extra = "") => $$"""
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://example.com/vex/1",
          "author": "Example Security",
          "timestamp": "2026-11-01T00:00:00Z",
          "version": 1,
          "statements": [
            {
              "vulnerability": { "name": "{{vulnerability}}" },
              "products": [ { "@id": "{{product}}" } ],
              "status": "{{status}}"{{extra}}
            }
          ]
        }
        """;

    private static async Task<Finding> ScanWith(string document)
    {
        using var advisories = Advisories();
        using var repo = new RepositoryBuilder().File("requirements.txt", "flask==0.12\n").File("vex.json", document).Build();
        return Assert.Single((await Run(repo, advisories, vex: [repo.PathOf("vex.json")])).Vulnerabilities());
    }

    [Theory]
    [InlineData(VulnScans.FlaskId, "pkg:pypi/flask@0.12", "not_affected")]
    [InlineData(VulnScans.FlaskCve, "pkg:pypi/flask", "not_affected")]
    [InlineData(VulnScans.FlaskId, "pkg:pypi/Flask@0.12?arch=any", "fixed")]
    public async Task A_not_affected_or_fixed_statement_suppresses_the_finding_by_id_or_alias_with_or_without_version(string vulnerability, string product, string status)
    {
        var finding = await ScanWith(Document(vulnerability, product, status, ",\n      \"justification\": \"vulnerable_code_not_in_execute_path\""));

        Assert.Equal(FindingStatus.Suppressed, finding.Status);
        Assert.StartsWith("VEX " + status, finding.StatusReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VulnScans.FlaskId, "pkg:pypi/flask@0.12", "affected")]
    [InlineData(VulnScans.FlaskId, "pkg:pypi/flask@0.12", "under_investigation")]
    [InlineData(VulnScans.FlaskId, "pkg:pypi/flask@0.13", "not_affected")]
    [InlineData(VulnScans.JinjaId, "pkg:pypi/flask@0.12", "not_affected")]
    [InlineData(VulnScans.FlaskId, "pkg:npm/flask@0.12", "not_affected")]
    public async Task Other_statuses_versions_vulnerabilities_or_packages_leave_the_finding_open(string vulnerability, string product, string status)
    {
        var finding = await ScanWith(Document(vulnerability, product, status));

        Assert.Equal(FindingStatus.Open, finding.Status);
    }

    [Fact]
    public async Task The_summary_counts_findings_suppressed_by_vex()
    {
        using var advisories = Advisories();
        using var repo = new RepositoryBuilder()
            .File("a/requirements.txt", "flask==0.12\n")
            .File("b/requirements.txt", "flask==0.12\njinja2==2.10\n")
            .File("vex.json", Document(VulnScans.FlaskCve, "pkg:pypi/flask", "not_affected"))
            .Build();

        var report = await Run(repo, advisories, vex: [repo.PathOf("vex.json")]);
        var summary = ReportSummary.Of(report);

        Assert.Equal(2, summary.SuppressedByVex);
        Assert.Equal(2, summary.ByStatus[FindingStatus.Suppressed]);
        Assert.Equal(3, report.Vulnerabilities().Count);
    }

    [Fact]
    public async Task Vex_documents_named_in_rampart_yaml_apply()
    {
        using var advisories = Advisories();
        using var repo = new RepositoryBuilder()
            .File("requirements.txt", "flask==0.12\n")
            .File("security/flask.vex.json", Document(VulnScans.FlaskId, "pkg:pypi/flask", "not_affected"))
            .File("rampart.yaml", "vulnerabilities:\n  advisories: adv\n  vex: [security/flask.vex.json]\n")
            .Build();
        var settings = Rampart.Scanning.ScanSettings.Resolve(new Rampart.Scanning.ScanRequest { Path = repo.Root, Advisories = advisories.Root });
        Assert.Empty(settings.Errors);

        var outcome = await Rampart.Scanning.Scanner.RunAsync(settings.Options!, TestContext.Current.CancellationToken);

        Assert.Equal(FindingStatus.Suppressed, Assert.Single(outcome.Report!.Vulnerabilities()).Status);
    }

    [Fact]
    public void A_document_without_statements_is_an_error_naming_it()
    {
        var (statements, error) = OpenVexReader.Read("team.vex.json", "{\"@context\": \"https://openvex.dev/ns/v0.2.0\"}"u8);

        Assert.Empty(statements);
        Assert.StartsWith("team.vex.json: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_an_error_with_the_line()
    {
        var (_, error) = OpenVexReader.Read("team.vex.json", "{\n\"statements\": [\n  {,\n"u8);

        Assert.StartsWith("team.vex.json:3: invalid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_statement_about_a_vulnerability_decides()
    {
        var filter = new VexFilter(
        [
            new VexStatement(["CVE-1"], ["pkg:npm/a"], VexStatement.NotAffected, "one.json"),
            new VexStatement(["CVE-1"], ["pkg:npm/a@1.0.0"], VexStatement.Affected, "two.json"),
        ]);

        Assert.Equal(VexStatement.Affected, filter.Decide(["CVE-1"], "pkg:npm/a@1.0.0")?.Status);
        Assert.Equal(VexStatement.NotAffected, filter.Decide(["CVE-1"], "pkg:npm/a@2.0.0")?.Status);
        Assert.Null(filter.Decide(["CVE-2"], "pkg:npm/a@1.0.0"));
    }

    [Fact]
    public void Scoped_npm_urls_match_whether_the_at_sign_is_escaped_or_not()
    {
        var filter = new VexFilter([new VexStatement(["GHSA-x"], ["pkg:npm/@babel/core@7.0.0"], VexStatement.Fixed, "v.json")]);

        Assert.NotNull(filter.Decide(["GHSA-x"], "pkg:npm/%40babel/core@7.0.0"));
    }
}
