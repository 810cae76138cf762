using System.Diagnostics;
using System.Text.Json;

namespace Rampart.Cli.Tests;

public sealed class DiffScanTests
{
    private static string ConfigMap(string name, string value) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  retries: {value}\n";

    private static void Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Dev";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "dev@example.com";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }

    private static bool GitAvailable()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Fact]
    public void Findings_of_changed_files_are_classified_new_fixed_and_unchanged()
    {
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder()
            .Write("kept.yaml", ConfigMap("kept", "3"))                 // broken before and after, edited above
            .Write("fixed.yaml", ConfigMap("fixed", "3"))               // broken before, fixed
            .Write("untouched.yaml", ConfigMap("untouched", "3"));      // broken, not changed: not reported
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        repo.Write("kept.yaml", "# a comment above moves every line\n" + ConfigMap("kept", "3"))
            .Write("fixed.yaml", ConfigMap("fixed", "\"3\""))
            .Write("added.yaml", ConfigMap("added", "3"));              // new file, broken

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
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder().Write("a.yaml", ConfigMap("a", "3"));
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        repo.Write("a.yaml", ConfigMap("a", "3") + "  other: \"x\"\n");

        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--diff", "HEAD").ExitCode);
    }

    [Fact]
    public void An_unknown_base_is_a_usage_error()
    {
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder().Write("a.yaml", ConfigMap("a", "\"3\""));
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");

        var run = CliRun.Of("scan", repo.Root, "--diff", "no-such-ref");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-ref' is not a commit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_a_known_finding_in_another_folder_is_new()
    {
        // One manifest per environment: the same ConfigMap, same name and namespace, in two folders. The
        // fingerprint leaves the file out, but the dev finding must not cover a new prod copy.
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder().Write("dev/settings.yaml", ConfigMap("settings", "3"));
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        repo.Write("prod/settings.yaml", ConfigMap("settings", "3"));

        var run = CliRun.Of("scan", repo.Root, "--diff", "HEAD", "--format", "json");

        var finding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("prod/settings.yaml", "new"), (finding.GetProperty("path").GetString(), finding.GetProperty("change").GetString()));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_file_moved_to_another_folder_keeps_its_findings_unchanged()
    {
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder().Write("dev/settings.yaml", ConfigMap("settings", "3"));
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        File.Move(repo["dev/settings.yaml"], repo["settings.yaml"]);

        var run = CliRun.Of("scan", repo.Root, "--diff", "HEAD", "--format", "json");

        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("unchanged", Assert.Single(report.GetProperty("findings").EnumerateArray()).GetProperty("change").GetString());
        Assert.Empty(report.GetProperty("diff").GetProperty("fixed").EnumerateArray());
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Fixed_findings_of_a_scanned_subfolder_keep_the_owners_from_codeowners_above_it()
    {
        Assert.SkipUnless(GitAvailable(), "git is not installed");
        using var repo = new TempFolder()
            .Write(".github/CODEOWNERS", "/deploy/ @acme/deployers\n")
            .Write("deploy/a.yaml", ConfigMap("a", "3"));
        Git(repo.Root, "init", "-q", "-b", "main");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        repo.Write("deploy/a.yaml", ConfigMap("a", "\"3\""));

        var run = CliRun.Of("scan", repo["deploy"], "--diff", "HEAD", "--format", "json");

        var fixedFinding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("diff").GetProperty("fixed").EnumerateArray());
        Assert.Equal(["@acme/deployers"], fixedFinding.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
    }
}
