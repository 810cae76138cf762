using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing;
using static Rampart.Tests.Secrets.SecretScans;

namespace Rampart.Tests.Secrets;

public sealed class HistorySecretScanTests
{
    // A PEM block of random base64 made for these tests, not a key anyone holds.
    private const string PemKey =
        "-----BEGIN RSA PRIVATE KEY-----\nTz6IEoNpz9XHQKbZTmTBqkVketmio9xUarfsFX71AROlAzm74w0m9A//Fgxivk9I\n"
        + "Y46UxSjVuwDrqvRiGNFVAmZAWVnu845stRnjVd2hXad/0Xvp1ujU0BBGi4/hw0Qs\n-----END RSA PRIVATE KEY-----\n";

    private static ScanReport Run(TestRepository repo, bool staged = false, string? since = null, string? config = null, Baseline? baseline = null)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Config = config is null ? RampartConfig.Default : ConfigLoader.Parse(config, "rampart.yaml").Config,
            Baseline = baseline,
        };
        var outcome = HistorySecretScanner.Run(options, staged, since, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return outcome.Report!;
    }

    [Fact]
    public void A_secret_added_then_removed_is_reported_at_its_commit_as_gone_from_head_and_one_step_less_severe()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("README.md", "hello\n").Commit("start")
            .File("config/app.ini", $"[github]\ntoken = {GitHubToken}\n").Commit("add token")
            .File("config/app.ini", "[github]\ntoken = ${GITHUB_TOKEN}\n").Commit("remove token")
            .Build();

        var finding = Assert.Single(Run(repo).Secrets());

        Assert.Equal("RMP-SECRET-020", finding.RuleId);
        Assert.Equal(("config/app.ini", 2, 9), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
        var commit = finding.Commit!;
        Assert.Equal(repo.Commits[1], commit.Id);
        Assert.Equal(40, commit.Id.Length);
        Assert.Equal(("Test Author", "author@example.com"), (commit.Author, commit.Email));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 12, 1, 0, TimeSpan.Zero), commit.Date);
        Assert.False(commit.PresentAtHead);
        Assert.Equal(Severity.High, finding.Severity); // the rule says critical
        Assert.Contains("removed since but still in the history", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GitHubToken[4..], finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_still_at_head_keeps_its_severity_and_one_added_in_several_commits_is_one_finding()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.env", $"GITHUB_TOKEN={GitHubToken}\n").Commit("first")
            .File("b.env", $"TOKEN={GitHubToken}\n").Commit("copy")
            .File("c.txt", "unrelated\n").Commit("other")
            .Build();

        var finding = Assert.Single(Run(repo).Secrets());

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.True(finding.Commit!.PresentAtHead);
        Assert.Equal(2, finding.Commit.Commits);
        Assert.Equal(repo.Commits[0], finding.Commit.Id);
        Assert.Equal("a.env", finding.Location.Path);
        Assert.Contains("still present at HEAD", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_of_a_history_secret_is_the_rule_and_the_secret_not_the_file()
    {
        using var first = new RepositoryBuilder().GitInit().File("a.env", $"TOKEN={GitHubToken}\n").Commit("a").Build();
        using var moved = new RepositoryBuilder().GitInit().File("elsewhere/b.txt", $"x\ny\ntoken: {GitHubToken}\n").Commit("b").Build();
        using var other = new RepositoryBuilder().GitInit().File("a.env", $"TOKEN={OtherGitHubToken}\n").Commit("a").Build();

        var fingerprint = Assert.Single(Run(first).Secrets()).Fingerprint;

        Assert.Equal(fingerprint, Assert.Single(Run(moved).Secrets()).Fingerprint);
        Assert.NotEqual(fingerprint, Assert.Single(Run(other).Secrets()).Fingerprint);
    }

    [Fact]
    public void A_secret_written_in_a_merge_is_credited_to_the_merge_and_a_branch_secret_to_the_branch_commit()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("base.txt", "base\n").Commit("base")
            .Git("checkout", "-q", "-b", "side")
            .File("side.env", $"TOKEN={OtherGitHubToken}\n").Commit("on side")
            .Git("checkout", "-q", "main")
            .File("main.txt", "main\n").Commit("on main")
            .Git("merge", "-q", "--no-ff", "--no-commit", "side")
            .File("main.txt", $"main\ntoken = {GitHubToken}\n")
            .Commit("merge side with a token of its own")
            .Build();

        var secrets = Run(repo).Secrets();

        Assert.Equal(2, secrets.Count);
        Assert.Equal(repo.Commits[3], secrets.Single(f => f.Location.Path == "main.txt").Commit!.Id);
        Assert.Equal(repo.Commits[1], secrets.Single(f => f.Location.Path == "side.env").Commit!.Id);
    }

    [Fact]
    public void Since_leaves_out_the_secrets_of_earlier_commits()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.env", $"OLD={GitHubToken}\n").Commit("old").Git("tag", "v1")
            .File("a.env", $"OLD={GitHubToken}\nNEW={OtherGitHubToken}\n").Commit("new")
            .Build();

        Assert.Equal(2, Run(repo).Secrets().Count);
        var finding = Assert.Single(Run(repo, since: "v1").Secrets());
        Assert.Equal((repo.Commits[1], 2), (finding.Commit!.Id, finding.Location.Line));
    }

    [Fact]
    public void A_private_key_added_over_several_lines_is_found_at_the_first_line_of_its_body_as_in_files()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("keys/deploy.pem", "comment\n" + PemKey).Commit("add key")
            .Build();

        var finding = Assert.Single(Run(repo).Secrets());

        Assert.Equal("RMP-SECRET-087", finding.RuleId);
        Assert.Equal(3, finding.Location.Line); // line 2 is the BEGIN line, the value starts below it
    }

    [Fact]
    public void Allow_comments_and_allowed_paths_apply_to_the_history_as_to_files()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.env", $"TOKEN={GitHubToken} # rampart:allow test fixture\n")
            .File("fixtures/b.env", $"TOKEN={OtherGitHubToken}\n").Commit("add")
            .Build();

        Assert.Single(Run(repo).Secrets());
        Assert.Empty(Run(repo, config: "secrets:\n  allowPaths: ['fixtures/**']\n").Secrets());
    }

    [Fact]
    public void History_secrets_go_to_security_and_to_the_codeowners_of_their_path()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("CODEOWNERS", "* @acme/platform\n/payments/ @acme/payments\n")
            .File("payments/app.ini", $"token = {GitHubToken}\n").Commit("add")
            .Build();

        var finding = Assert.Single(Run(repo).Secrets());

        Assert.Equal(Responsibility.Security, finding.Responsibility);
        Assert.Contains("@acme/payments", finding.Owners);
    }

    [Fact]
    public void A_baselined_history_secret_stays_baselined_when_it_is_committed_again_elsewhere()
    {
        using var repo = new RepositoryBuilder().GitInit().File("a.env", $"TOKEN={GitHubToken}\n").Commit("a").Build();
        var baseline = Baseline.FromFindings(Run(repo).Secrets());
        repo.Git("mv", "a.env", "b.env");
        File.WriteAllText(repo.PathOf("c.env"), $"AGAIN={GitHubToken}\n");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "move and copy");

        var finding = Assert.Single(Run(repo, baseline: baseline).Secrets());

        Assert.Equal(FindingStatus.Baselined, finding.Status);
        Assert.Equal(2, finding.Commit!.Commits);
    }

    [Fact]
    public void Staged_secrets_have_no_commit_and_committed_ones_are_not_staged()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.env", $"OLD={OtherGitHubToken}\n").Commit("base")
            .File("a.env", $"OLD={OtherGitHubToken}\nNEW={GitHubToken}\n").Git("add", "a.env")
            .Build();

        var finding = Assert.Single(Run(repo, staged: true).Secrets());

        Assert.Null(finding.Commit);
        Assert.Equal(("a.env", 2), (finding.Location.Path, finding.Location.Line));
        Assert.Equal(Severity.Critical, finding.Severity);
    }
}
