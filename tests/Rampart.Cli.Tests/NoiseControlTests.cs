using System.Text.Json;

namespace Rampart.Cli.Tests;

/// <summary>What the table shows (--severity, --quiet, --show-all, grouping, remediation), --rule/--skip-rule, --fail-on none, gitlab-sast.</summary>
public sealed class NoiseControlTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: prod
          annotations:
            rampart.dev/ignore: RMP-K8S-023
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: alpha
                  image: nginx:latest
                  securityContext: {privileged: true}
                - name: beta
                  image: nginx:latest
                  securityContext: {privileged: true}
        """;

    private static TempFolder Repo() => new TempFolder().Write("deploy.yaml", Deployment);

    [Fact]
    public void The_table_shows_a_problem_of_several_containers_once_with_their_names_and_the_fix()
    {
        using var repo = Repo();

        var run = CliRun.Of("scan", repo.Root, "--rule", "RMP-K8S-004");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(2 containers: alpha, beta)", run.Out.Replace("│", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Single(run.Out.Split('\n'), line => line.Contains("RMP-K8S-004", StringComparison.Ordinal));
        Assert.Contains("fix: Remove securityContext.privileged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_are_counted_not_listed_unless_show_all_is_given()
    {
        using var repo = Repo();

        var hidden = CliRun.Of("scan", repo.Root, "--rule", "RMP-K8S-023");
        var shown = CliRun.Of("scan", repo.Root, "--rule", "RMP-K8S-023", "--show-all");

        Assert.DoesNotContain("RMP-K8S-023 ", hidden.Out, StringComparison.Ordinal);
        Assert.Contains("Not listed: 2 suppressed (--show-all lists them).", hidden.Out, StringComparison.Ordinal);
        Assert.Contains("RMP-K8S-023", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Not listed", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_lists_findings_at_or_above_it_and_quiet_only_those_that_block()
    {
        using var repo = Repo();

        var high = CliRun.Of("scan", repo.Root, "--severity", "high");
        var quiet = CliRun.Of("scan", repo.Root, "--quiet", "--fail-on", "critical");
        var all = CliRun.Of("scan", repo.Root);

        Assert.Contains("RMP-K8S-004", high.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("RMP-K8S-056", high.Out, StringComparison.Ordinal);
        Assert.Contains("RMP-K8S-056", all.Out, StringComparison.Ordinal);
        Assert.Contains("below high (--severity)", high.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("RMP-K8S-", quiet.Out, StringComparison.Ordinal);
        Assert.Contains("that do not fail the gate (--quiet)", quiet.Out, StringComparison.Ordinal);
        Assert.Equal(1, high.ExitCode);
        Assert.Equal(0, quiet.ExitCode);
    }

    [Fact]
    public void A_severity_that_is_no_severity_is_a_usage_error()
    {
        using var repo = Repo();

        var run = CliRun.Of("scan", repo.Root, "--severity", "urgent");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--severity 'urgent'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_rule_and_rule_select_by_id_alias_glob_or_category()
    {
        using var repo = Repo();

        var skipped = Findings(CliRun.Of("scan", repo.Root, "-f", "json", "--skip-rule", "KSV-0017", "--skip-rule", "misconfiguration"));
        var only = Findings(CliRun.Of("scan", repo.Root, "-f", "json", "--rule", "RMP-K8S-00*"));

        Assert.DoesNotContain("RMP-K8S-004", skipped);
        Assert.DoesNotContain("RMP-K8S-023", skipped);
        Assert.Contains("RMP-K8S-016", skipped);
        Assert.Equal(["RMP-K8S-004"], only.Distinct());
    }

    [Fact]
    public void Fail_on_none_passes_although_a_team_gate_would_fail_and_the_summary_names_failed_teams()
    {
        using var repo = Repo().Write("rampart.yaml", """
            teams:
              - name: payments
                gate: { failOn: low }
              - name: web
                gate: { failOn: critical }
            routing:
              - match: { path: "**" }
                owners: [payments, web]
            """);

        var gated = CliRun.Of("scan", repo.Root);
        var ungated = CliRun.Of("scan", repo.Root, "--fail-on", "none");

        Assert.Equal(1, gated.ExitCode);
        Assert.Contains("; failed: payments)", gated.Out, StringComparison.Ordinal);
        Assert.Equal(0, ungated.ExitCode);
    }

    [Fact]
    public void Gitlab_sast_writes_the_schemas_required_fields()
    {
        using var repo = Repo();

        var run = CliRun.Of("scan", repo.Root, "-f", "gitlab-sast", "--rule", "RMP-K8S-004");

        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        var scan = root.GetProperty("scan");
        foreach (var tool in new[] { "analyzer", "scanner" })
        {
            Assert.All(new[] { "id", "name", "version" }, key => Assert.NotEmpty(scan.GetProperty(tool).GetProperty(key).GetString()!));
            Assert.NotEmpty(scan.GetProperty(tool).GetProperty("vendor").GetProperty("name").GetString()!);
        }

        Assert.Equal(("sast", "success"), (scan.GetProperty("type").GetString(), scan.GetProperty("status").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", scan.GetProperty("start_time").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", scan.GetProperty("end_time").GetString());
        var vulnerabilities = root.GetProperty("vulnerabilities").EnumerateArray().ToList();
        Assert.Equal(2, vulnerabilities.Count);
        Assert.Equal(2, vulnerabilities.Select(v => v.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(vulnerabilities, v =>
        {
            Assert.Equal("High", v.GetProperty("severity").GetString());
            Assert.Equal("RMP-K8S-004", v.GetProperty("identifiers")[0].GetProperty("value").GetString());
            Assert.Equal("deploy.yaml", v.GetProperty("location").GetProperty("file").GetString());
            Assert.True(v.GetProperty("location").GetProperty("start_line").GetInt32() > 0);
        });
    }

    private static List<string> Findings(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];
}
