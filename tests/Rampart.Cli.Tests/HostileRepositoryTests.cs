using System.Text;
using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary>What a pull request can put in a repository must not reach outside it, open connections or turn the gate off.</summary>
public sealed class HostileRepositoryTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  retries: \"3\"\n";

    [Theory]
    [InlineData("/proc/self/environ", "is an absolute path")]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("../x", "leads outside the repository")]
    public void A_codeowners_path_outside_the_repository_is_exit_2_at_its_position(string path, string reason)
    {
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap).Write("rampart.yaml", $"codeowners:\n  path: {path}\n");

        var run = CliRun.Of("scan", repo.Root, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: rampart.yaml:2:9: codeowners.path: '{path}' {reason}", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_codeowners_file_linked_outside_is_reported_and_its_text_shows_up_nowhere()
    {
        using var outside = new OutsideFolder();
        var target = outside.File("environ", "* LEAKED_MARKER\n" + OutsideFolder.Secret + "\n");
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap);
        Directory.CreateDirectory(repo[".github"]);
        File.CreateSymbolicLink(repo[".github/CODEOWNERS"], target);

        var run = CliRun.Of("scan", repo.Root, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == "RMP-OWN-001");
        Assert.Contains("outside the repository; not read", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("LEAKED_MARKER", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("outside-secret", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schemas_url_in_rampart_yaml_is_exit_2_and_nothing_is_fetched()
    {
        using var server = new LocalHttpServer(_ => (404, "no"u8.ToArray(), TimeSpan.Zero));
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap).Write("rampart.yaml", $"scan:\n  schemas: {server.BaseUrl}\n");

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: rampart.yaml:2:12: scan.schemas is a URL; a configuration file cannot make the scan fetch it: pass --schemas {server.BaseUrl}", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public void The_command_line_flag_is_what_allows_a_schemas_url()
    {
        using var server = new LocalHttpServer(_ => (404, "no"u8.ToArray(), TimeSpan.Zero));
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap).Write("rampart.yaml", $"scan:\n  schemas: {server.BaseUrl}\n");

        CliRun.Of("scan", repo.Root, "--schemas", server.BaseUrl);

        Assert.True(server.Requests > 0);
    }

    [Theory]
    [InlineData("gate:\n  failOn: ~\n", "rampart.yaml:2:11: gate.failOn is empty")]
    [InlineData("gate:\n  failOn: null\n", "rampart.yaml:2:11: gate.failOn is empty")]
    [InlineData("teams:\n  - name: apps\n    gate: { failOn: \"\" }\nrouting:\n  - match: { path: \"**\" }\n    owners: [apps]\n", "rampart.yaml:3:21: teams[apps].gate.failOn is empty")]
    [InlineData("routing:\n  - match: { path: \"**\" }\n    owners: [aps]\n", "rampart.yaml:3:14: routing owner 'aps' is neither a team")]
    [InlineData("teams:\n  - name: apps\nwaiverApprovers: [secops]\n", "rampart.yaml:3:19: waiverApprovers names 'secops'")]
    public void A_blank_gate_or_an_unknown_team_is_exit_2_at_its_position(string config, string error)
    {
        using var repo = new TempFolder().Write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  retries: 3\n")
            .Write("rampart.yaml", config);

        var run = CliRun.Of("scan", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: {error}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_utf8_is_exit_2_naming_the_file()
    {
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap);
        var baseline = repo["baseline.json"];
        File.WriteAllBytes(baseline, [.. Encoding.UTF8.GetBytes("{\"version\": 1, \"findings\": [{\"fingerprint\": \"0123456789abcdef\", \"path\": \""), 0xFF, .. "\"}]}"u8.ToArray()]);

        var run = CliRun.Of("scan", repo.Root, "--baseline", baseline);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: {baseline}:1: not UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_with_a_malformed_fingerprint_is_exit_2_naming_the_file()
    {
        using var repo = new TempFolder().Write("cm.yaml", ConfigMap).Write("baseline.json", "{\"version\": 1, \"findings\": [{\"fingerprint\": \"*\"}]}");

        var run = CliRun.Of("scan", repo.Root, "--baseline", repo["baseline.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: {repo["baseline.json"]}:1: findings[0] has fingerprint '*', which is not 16 hex digits", run.Error, StringComparison.Ordinal);
    }
}
