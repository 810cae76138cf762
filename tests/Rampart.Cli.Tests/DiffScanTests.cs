using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class DiffScanTests
{
    private static string ConfigMap(string name, string value) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  retries: {value}\n";

    [Fact]
    public void Findings_of_changed_files_are_classified_new_fixed_and_unchanged()
    {
        using var repo = new RepositoryBuilder()
            .File("kept.yaml", ConfigMap("kept", "3"))                 // broken before and after, edited above
            .File("fixed.yaml", ConfigMap("fixed", "3"))               // broken before, fixed
            .File("untouched.yaml", ConfigMap("untouched", "3"))       // broken, not changed: not reported
            .GitInit().Commit("base")
            .File("kept.yaml", "# a comment above moves every line\n" + ConfigMap("kept", "3"))
            .File("fixed.yaml", ConfigMap("fixed", "\"3\""))
            .File("added.yaml", ConfigMap("added", "3"))               // new file, broken
            .Build();

        var run = CliRun.Of("scan", repo.Root, "--diff", "HEAD", "--format", "json");

        var report = JsonDocument.Parse(run.Out).RootElement;
        var findings = report.GetProperty("findings").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString(), Change: f.GetProperty("change").GetString(), Status: f.GetProperty("status").GetString()))
            .ToList();
        Assert.Equal([("added.yaml", "new", "open"), ("kept.yaml", "unchanged", "baselined")], findings);
        var diff = report.GetProperty("diff");
        Assert.Equal("fixed.yaml", Assert.Single(diff.GetProperty("fixed").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal(3, diff.GetProperty("changedFiles").GetInt32());
        Assert.Equal(1, run.ExitCode); // the new finding fails the gate; the unchanged one does not count
    }

    [Fact]
    public void Only_unchanged_findings_pass_the_gate()
    {
        using var repo = new RepositoryBuilder()
            .File("a.yaml", ConfigMap("a", "3"))
            .GitInit().Commit("base")
            .File("a.yaml", ConfigMap("a", "3") + "  other: \"x\"\n")
            .Build();

        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--diff", "HEAD").ExitCode);
    }

    [Fact]
    public void An_unknown_base_is_a_usage_error()
    {
        using var repo = new RepositoryBuilder().File("a.yaml", ConfigMap("a", "\"3\"")).GitInit().Commit("base").Build();

        var run = CliRun.Of("scan", repo.Root, "--diff", "no-such-ref");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-ref' is not a commit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_a_known_finding_in_another_folder_is_new()
    {
        // One manifest per environment: the same ConfigMap, same name and namespace, in two folders. The
        // fingerprint leaves the file out, but the dev finding must not cover a new prod copy.
        using var repo = new RepositoryBuilder()
            .File("dev/settings.yaml", ConfigMap("settings", "3"))
            .GitInit().Commit("base")
            .File("prod/settings.yaml", ConfigMap("settings", "3"))
            .Build();

        var run = CliRun.Of("scan", repo.Root, "--diff", "HEAD", "--format", "json");

        var finding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("prod/settings.yaml", "new"), (finding.GetProperty("path").GetString(), finding.GetProperty("change").GetString()));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_file_moved_to_another_folder_keeps_its_findings_unchanged()
    {
        using var repo = new RepositoryBuilder()
            .File("dev/settings.yaml", ConfigMap("settings", "3"))
            .GitInit().Commit("base")
            .Delete("dev/settings.yaml").File("settings.yaml", ConfigMap("settings", "3"))
            .Build();

        var run = CliRun.Of("scan", repo.Root, "--diff", "HEAD", "--format", "json");

        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("unchanged", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("change").GetString());
        Assert.Empty(report.GetProperty("diff").GetProperty("fixed").EnumerateArray());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Fixed_findings_of_a_scanned_subfolder_keep_the_owners_from_codeowners_above_it()
    {
        using var repo = new RepositoryBuilder()
            .File(".github/CODEOWNERS", "/deploy/ @acme/deployers\n")
            .File("deploy/a.yaml", ConfigMap("a", "3"))
            .GitInit().Commit("base")
            .File("deploy/a.yaml", ConfigMap("a", "\"3\""))
            .Build();

        var run = CliRun.Of("scan", repo.PathOf("deploy"), "--diff", "HEAD", "--format", "json");

        var fixedFinding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("diff").GetProperty("fixed").EnumerateArray());
        Assert.Equal(["@acme/deployers"], fixedFinding.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
    }
}
