using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class HistoryScanTests
{
    private static TestRepository Repository() =>
        new RepositoryBuilder().GitInit().File("a.txt", "a\n").Commit("a").Git("tag", "v1").Build();

    [Theory]
    [InlineData("--since v1", "--since needs --history")]
    [InlineData("--staged --history", "give one of them")]
    [InlineData("--history --diff HEAD", "cannot be combined")]
    public void Misused_history_options_are_usage_errors(string options, string expected)
    {
        using var repo = Repository();
        var run = CliRun.Of(["scan", repo.Root, .. options.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void History_outside_a_git_repository_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("rampart-nogit-").FullName;
        try
        {
            var run = CliRun.Of("scan", folder, "--history");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is not inside a git repository", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_since_revision_is_a_usage_error()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo.Root, "--history", "--since", "no-such-ref");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-ref' is not a commit", run.Error, StringComparison.Ordinal);
    }

    // Made for these tests to GitHub's format (thirty random characters and their CRC32 in base62); never issued.
    private const string Token = "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";

    [Fact]
    public void History_reports_a_secret_with_its_commit_block_and_fails_the_gate()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("app.env", $"GITHUB_TOKEN={Token}\n").Commit("add token")
            .File("app.env", "GITHUB_TOKEN=${GITHUB_TOKEN}\n").Commit("remove token")
            .File("other.env", $"TOKEN={Token}\n").Commit("add it again")
            .Build();

        var run = CliRun.Of("scan", repo.Root, "--history", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("category").GetString() == "secret");
        var commit = finding.GetProperty("commit");
        Assert.Equal(repo.Commits[0], commit.GetProperty("id").GetString());
        Assert.Equal("Test Author", commit.GetProperty("author").GetString());
        Assert.Equal("author@example.com", commit.GetProperty("email").GetString());
        Assert.StartsWith("2024-01-01T12:00:00", commit.GetProperty("date").GetString(), StringComparison.Ordinal);
        Assert.True(commit.GetProperty("presentAtHead").GetBoolean());
        Assert.Equal(2, commit.GetProperty("commits").GetInt32());
        Assert.Equal("app.env", finding.GetProperty("path").GetString());
        Assert.Equal("critical", finding.GetProperty("severity").GetString());
        Assert.DoesNotContain(Token[4..], run.Out, StringComparison.Ordinal);
        Assert.Contains("3 commit(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void History_since_a_tag_after_the_secret_is_clean()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("app.env", $"GITHUB_TOKEN={Token}\n").Commit("add token").Git("tag", "v1")
            .File("b.txt", "nothing\n").Commit("later")
            .Build();

        Assert.Equal(1, CliRun.Of("scan", repo.Root, "--history").ExitCode);
        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--history", "--since", "v1").ExitCode);
    }

    [Theory]
    [InlineData("TOKEN=${GITHUB_TOKEN}\n", 0)]
    [InlineData("db_password = \"Xk9#mQ2-vL7pW4zR\"\n", 1)]
    [InlineData("TOKEN=" + Token + "\n", 1)]
    public void Staged_exits_1_on_any_secret_the_index_adds_and_0_otherwise(string text, int expected)
    {
        using var repo = new RepositoryBuilder()
            .GitInit().File("a.txt", "a\n").Commit("a")
            .File("b.env", text).Git("add", "b.env")
            .Build();

        var run = CliRun.Of("scan", repo.Root, "--staged");

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public void Staged_does_not_report_a_secret_only_in_the_work_tree()
    {
        using var repo = new RepositoryBuilder()
            .GitInit().File("a.txt", "a\n").Commit("a")
            .File("b.env", $"TOKEN={Token}\n")
            .Build();

        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--staged").ExitCode);
    }

    [Fact]
    public void A_baseline_created_from_the_history_lets_the_history_scan_pass_until_a_new_secret_comes()
    {
        using var repo = new RepositoryBuilder()
            .GitInit().File("app.env", $"GITHUB_TOKEN={Token}\n").Commit("add token")
            .Build();
        var baseline = Path.Combine(repo.Root, ".rampart-baseline.json");

        Assert.Equal(0, CliRun.Of("baseline", "create", repo.Root, "--history", "--output", baseline).ExitCode);
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "baseline");
        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--history", "--baseline", baseline).ExitCode);

        File.WriteAllText(repo.PathOf("b.env"), "OTHER=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\n");
        repo.Git("add", "b.env");
        repo.Git("commit", "-q", "-m", "another token");
        Assert.Equal(1, CliRun.Of("scan", repo.Root, "--history", "--baseline", baseline).ExitCode);
    }

    [Fact]
    public void The_shipped_secrets_hook_stops_a_commit_that_stages_a_secret()
    {
        var hooks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".pre-commit-hooks.yaml"));
        var hook = hooks[hooks.IndexOf("- id: rampart-secrets", StringComparison.Ordinal)..];
        var entry = hook.Split('\n').Single(l => l.TrimStart().StartsWith("entry:", StringComparison.Ordinal)).Split(':', 2)[1].Trim().Split(' ');
        using var repo = new RepositoryBuilder()
            .GitInit().File("a.txt", "a\n").Commit("a")
            .File("b.env", $"TOKEN={Token}\n").Git("add", "b.env")
            .Build();

        Assert.Equal(["rampart", "scan", "--staged"], entry[..3]);
        Assert.Equal(1, CliRun.Of([.. entry[1..], repo.Root]).ExitCode);
    }
}
