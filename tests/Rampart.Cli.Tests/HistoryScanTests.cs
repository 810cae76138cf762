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

    [Theory]
    [InlineData("--history")]
    [InlineData("--staged")]
    public void A_valid_history_scan_says_it_is_not_available_yet(string option)
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo.Root, option);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("history scanning is not available yet", run.Error, StringComparison.Ordinal);
    }
}
