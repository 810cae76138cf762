using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class ScanCommandTests
{
    private const string BrokenTypeConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          retries: 3
        """;

    private const string CleanConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          retries: "3"
        """;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void The_example_repository_fails_the_gate_and_reports_located_findings()
    {
        var run = CliRun.Of("scan", Path.Combine(RepositoryPaths.Root, "examples", "gitops-repo"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var findings = Json(run.Out).GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f =>
            f.GetProperty("ruleId").GetString() == "RMP-SCHEMA-002"
            && f.GetProperty("path").GetString() == "infrastructure/crds/nightly-backup.yaml"
            && f.GetProperty("line").GetInt32() == 8);
        Assert.Contains(findings, f =>
            f.GetProperty("ruleId").GetString() == "RMP-LOAD-002"
            && f.GetProperty("path").GetString() == "apps/payments/config.yaml"
            && f.GetProperty("owners").EnumerateArray().Select(o => o.GetString()).SequenceEqual(["@acme/payments-devs", "@acme/security"]));
    }

    [Fact]
    public void A_clean_repository_exits_zero()
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap);

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("high", 1)]
    [InlineData("critical", 0)]
    [InlineData("none", 0)]
    public void Fail_on_sets_the_threshold(string failOn, int expected)
    {
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap);

        Assert.Equal(expected, CliRun.Of("scan", repo.Root, "--fail-on", failOn).ExitCode);
    }

    [Theory]
    [InlineData("gate:\n  failOn: none\n", 0)]
    [InlineData("gate:\n  failOn: critical\n", 0)]
    [InlineData("gate:\n  categories:\n    secret: low\n", 1)]
    [InlineData("teams:\n  - name: apps\n    gate: { failOn: none }\nrouting:\n  - match: { path: \"**\" }\n    owners: [apps]\n", 0)]
    [InlineData("teams:\n  - name: apps\n    gate: { categories: { secret: low } }\nrouting:\n  - match: { path: \"**\" }\n    owners: [apps]\n", 1)]
    public void The_gate_of_rampart_yaml_decides_the_exit_code(string config, int expected)
    {
        // The ConfigMap's schema error is high: `none` must switch the gate off, and a gate that names only
        // categories keeps the default failOn (high) for the rest.
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap).Write("rampart.yaml", config);

        var run = CliRun.Of("scan", repo.Root);

        Assert.True(expected == run.ExitCode, run.Error + run.Out);
    }

    [Theory]
    [InlineData("rampart.yaml")]
    [InlineData(".rampart/waivers.yaml")]
    public void A_configuration_file_linked_to_an_endless_device_is_a_usage_error_and_not_read(string name)
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap);
        Directory.CreateDirectory(Path.GetDirectoryName(repo[name])!);
        File.CreateSymbolicLink(repo[name], "/dev/zero");

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: {name}: '{name}' is a symbolic link to '/dev/zero', outside the repository; not read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_file_over_the_size_limit_is_a_usage_error()
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap)
            .Write("rampart.yaml", "version: 1\n" + string.Concat(Enumerable.Repeat("# a comment line\n", 300_000)));

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rampart.yaml:1:1: the file is larger than the load limit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_a_usage_error_before_the_scan()
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap);
        Directory.CreateDirectory(repo["out"]);

        var run = CliRun.Of("scan", repo.Root, "--output", $"json={repo["out"]}");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rampart: cannot write '{repo["out"]}': it is a folder", run.Error.Trim());
        Assert.Empty(run.Out);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_a_usage_error_after_the_others_are_written()
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap).Write("blocker", "a file where a folder should be");

        var run = CliRun.Of("scan", repo.Root, "-o", $"json={repo["blocker"]}/report.json", "-o", $"sarif={repo["report.sarif"]}");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: cannot write '{repo["blocker"]}/report.json': ", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(repo["report.sarif"]));
    }

    [Theory]
    [InlineData("deploy")]
    [InlineData("deploy/cm.yaml")]
    public void Sarif_of_a_folder_in_a_git_work_tree_names_paths_from_the_top(string target)
    {
        using var repo = new TempFolder().Write("deploy/cm.yaml", BrokenTypeConfigMap);
        Directory.CreateDirectory(repo[".git"]);

        var run = CliRun.Of("scan", repo[target], "--format", "sarif");

        var sarifRun = Json(run.Out).GetProperty("runs")[0];
        var uri = sarifRun.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri");
        Assert.Equal("deploy/cm.yaml", uri.GetString());
        Assert.Equal(new Uri(repo.Root + "/").AbsoluteUri, sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--fail-on", "severe")]
    [InlineData("--fail-on", "info,low")]
    [InlineData("--fail-on", "low,critical")]
    [InlineData("--scanners", "schema,telepathy")]
    [InlineData("--output", "json")]
    [InlineData("--bogus", "x")]
    [InlineData("--baseline", "/no/such/baseline.json")]
    public void Usage_errors_exit_two_with_a_message(string option, string value)
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap);

        var run = CliRun.Of("scan", repo.Root, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rampart: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var run = CliRun.Of("scan", "/no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'/no/such/folder' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_configuration_names_its_line_and_exits_two()
    {
        using var repo = new TempFolder()
            .Write("cm.yaml", CleanConfigMap)
            .Write("rampart.yaml", "gate:\n  failOn: high\n  fail_on: low\n");

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rampart.yaml:3:3: unknown key 'fail_on'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_scanner_in_rampart_yaml_is_a_usage_error_at_its_line()
    {
        using var repo = new TempFolder().Write("cm.yaml", CleanConfigMap).Write("rampart.yaml", "scan:\n  scanners: [schema, polcy]\n");

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("rampart: rampart.yaml:2:22: unknown scanner 'polcy' (expected: schema, policy, cross-object, secret, vuln)", run.Error.Trim());
    }

    [Fact]
    public void Several_formats_are_written_at_once()
    {
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap);
        var sarif = Path.Combine(repo.Root, "out", "scan.sarif");
        var junit = Path.Combine(repo.Root, "out", "scan.xml");

        var run = CliRun.Of("scan", repo.Root, "--format", "json", "--output", $"sarif={sarif}", "--output", $"junit={junit}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2.1.0", Json(File.ReadAllText(sarif)).GetProperty("version").GetString());
        Assert.Contains("<testsuites", File.ReadAllText(junit), StringComparison.Ordinal);
        Assert.Equal("RMP-SCHEMA-002", Json(run.Out).GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Selecting_scanners_leaves_the_others_out()
    {
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap);

        var run = CliRun.Of("scan", repo.Root, "--scanners", "policy", "--format", "json");

        var json = Json(run.Out);
        Assert.Empty(json.GetProperty("findings").EnumerateArray());
        Assert.DoesNotContain(json.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString()!.StartsWith("RMP-SCHEMA-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_has_no_escape_codes_when_output_is_not_a_terminal()
    {
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap);

        var run = CliRun.Of("scan", repo.Root);

        Assert.Contains("RMP-SCHEMA-002", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData("1", false, false)]
    [InlineData("", false, true)]
    [InlineData(null, true, false)]
    public void On_a_terminal_the_table_is_coloured_unless_no_color_says_otherwise(string? noColor, bool flag, bool coloured)
    {
        using var repo = new TempFolder().Write("cm.yaml", BrokenTypeConfigMap);
        string[] args = flag ? ["scan", repo.Root, "--no-color", "--no-progress"] : ["scan", repo.Root, "--no-progress"];

        var run = CliRun.OnTerminal(new() { ["NO_COLOR"] = noColor }, args);

        Assert.Contains("RMP-SCHEMA-002", run.Out, StringComparison.Ordinal);
        Assert.Equal(coloured, run.Out.Contains('\u001b', StringComparison.Ordinal));
    }
}
