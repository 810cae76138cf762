using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Integration;

/// <summary>
/// The command lines that the GitLab template, the GitHub Action and the pre-commit hooks run, read from those
/// files and run against the example repository: a renamed option or format breaks these tests, not users' CI.
/// </summary>
public sealed partial class CiIntegrationTests
{
    private static readonly string Example = Path.Combine(RepositoryPaths.Root, "examples", "gitops-repo");

    [Fact]
    public void The_GitLab_template_writes_every_report_it_publishes()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "ci", "gitlab", "rampart.gitlab-ci.yml"));
        var outputs = OutputOption().Matches(template).Select(m => (Format: m.Groups[1].Value, File: m.Groups[2].Value)).ToList();
        using var folder = new TempFolder();

        var run = CliRun.Of(["scan", Example, "--no-progress", .. outputs.SelectMany(o => new[] { "-o", $"{o.Format}={folder[o.File]}" })]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["codequality", "junit", "sarif"], outputs.Select(o => o.Format).Order(StringComparer.Ordinal));
        Assert.Contains("codequality: gl-code-quality-report.json", template, StringComparison.Ordinal);
        Assert.Contains("junit: rampart-junit.xml", template, StringComparison.Ordinal);
        using var quality = JsonDocument.Parse(File.ReadAllText(folder["gl-code-quality-report.json"]));
        Assert.True(quality.RootElement.GetArrayLength() > 0);
        Assert.StartsWith("<?xml", File.ReadAllText(folder["rampart-junit.xml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_GitHub_Action_writes_the_SARIF_file_it_uploads()
    {
        var action = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "action.yml"));
        var scan = ScanLine().Match(action);
        Assert.True(scan.Success, "action.yml has no 'rampart scan' line");
        Assert.Contains("options=(--format table -o \"sarif=$RAMPART_SARIF\")", action, StringComparison.Ordinal);
        using var folder = new TempFolder();

        var run = CliRun.Of("scan", Example, "--format", "table", "-o", $"sarif={folder["rampart.sarif"]}", "--fail-on", "high", "--no-progress");

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(folder["rampart.sarif"]));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_pre_commit_hooks_run_scans_that_gate_and_the_first_passes_the_staged_files()
    {
        var hooks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"));
        var entries = EntryLine().Matches(hooks).Select(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(["rampart", "scan"], e[..2]));
        Assert.Equal(["true", "false", "false", "false"], PassFilenames().Matches(hooks).Select(m => m.Groups[1].Value));
        var staged = CliRun.Of([.. entries[0][1..], "--format", "json", Path.Combine(Example, "apps", "shop", "base", "deployment.yaml"), Path.Combine(Example, "clusters")]);
        var whole = CliRun.Of(["scan", Example, .. entries[1][3..]]);

        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("examples/gitops-repo/apps/shop/base/deployment.yaml", staged.Out, StringComparison.Ordinal);
        Assert.Equal(1, whole.ExitCode);
        Assert.Contains("RMP-", whole.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*pass_filenames:\s*(\w+)$", RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex PassFilenames();

    [GeneratedRegex(@"-o ([a-z]+)=([A-Za-z0-9._-]+)")]
    private static partial System.Text.RegularExpressions.Regex OutputOption();

    [GeneratedRegex(@"rampart scan ""\$RAMPART_PATH""")]
    private static partial System.Text.RegularExpressions.Regex ScanLine();

    [GeneratedRegex(@"^\s*entry:\s*(.+)$", RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex EntryLine();
}
