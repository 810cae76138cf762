using System.Text.Json;

namespace Rampart.Cli.Tests;

/// <summary><c>rampart scan a.yaml b/ c.yaml</c>: one report and one gate over every path, from one root.</summary>
public sealed class SeveralPathsScanTests
{
    private const string PrivilegedPod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: NAME\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n";

    private static string Pod(string name) => PrivilegedPod.Replace("NAME", name, StringComparison.Ordinal);

    private static List<string> PrivilegedPaths(CliRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "RMP-K8S-004")
            .Select(f => f.GetProperty("path").GetString()!)
            .Order(StringComparer.Ordinal)];

    private static TempFolder Repository() => new TempFolder()
        .Write(".git/HEAD", "ref: refs/heads/main\n")
        .Write("a.yaml", Pod("a"))
        .Write("b/one.yaml", Pod("one"))
        .Write("b/two.yaml", Pod("two"))
        .Write("c/c.yaml", Pod("c"))
        .Write("d/left-out.yaml", Pod("left-out"));

    [Fact]
    public void Several_paths_give_one_report_with_paths_from_the_repository_top()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo["a.yaml"], repo["b"], repo["c/c.yaml"], "--format", "json", "--no-progress");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a.yaml", "b/one.yaml", "b/two.yaml", "c/c.yaml"], PrivilegedPaths(run));
    }

    [Fact]
    public void Duplicate_and_overlapping_paths_are_scanned_once()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo["b"], repo["b/one.yaml"], repo["b/"], repo["a.yaml"], repo["a.yaml"], "--format", "json", "--no-progress");

        Assert.Equal(["a.yaml", "b/one.yaml", "b/two.yaml"], PrivilegedPaths(run));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_that_names_it()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo["a.yaml"], repo["nowhere.yaml"], "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.yaml' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_git_the_paths_are_placed_under_their_common_folder()
    {
        using var folder = new TempFolder().Write("x/deep/a.yaml", Pod("a")).Write("x/b.yaml", Pod("b"));

        var run = CliRun.Of("scan", folder["x/deep/a.yaml"], folder["x/b.yaml"], "--format", "json", "--no-progress");

        Assert.Equal(["b.yaml", "deep/a.yaml"], PrivilegedPaths(run));
    }

    [Fact]
    public void The_gate_is_one_over_every_path()
    {
        using var repo = new TempFolder()
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("rampart.yaml", "gate:\n  failOn: critical\n")
            .Write("clean.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata: {}\n")
            .Write("bad.yaml", Pod("bad"));

        Assert.Equal(0, CliRun.Of("scan", repo["clean.yaml"], repo["clean.yaml"], "--no-progress").ExitCode);
        Assert.Equal(1, CliRun.Of("scan", repo["clean.yaml"], repo["bad.yaml"], "--no-progress", "--fail-on", "high").ExitCode);
    }

    [Fact]
    public void Standard_input_cannot_be_given_with_other_paths()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", "-", repo["a.yaml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input alone", run.Error, StringComparison.Ordinal);
    }
}
