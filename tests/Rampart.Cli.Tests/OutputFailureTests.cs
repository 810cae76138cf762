using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class OutputFailureTests
{
    private static string Example => Path.Combine(RepositoryPaths.Root, "examples", "gitops-repo");

    [Theory]
    [InlineData(0, "table", false)]
    [InlineData(0, "json", false)]
    [InlineData(0, "sarif", false)]
    [InlineData(100, "table", false)]
    [InlineData(100, "json", false)]
    [InlineData(0, "json", true)]
    [InlineData(100, "json", true)]
    [InlineData(100, "sarif", true)]
    [InlineData(100, "table", true)]
    public void A_scan_whose_standard_output_cannot_be_written_exits_2_with_one_line_on_standard_error(int capacity, string format, bool redirected)
    {
        var args = new[] { "scan", Example, "--format", format };
        var run = redirected ? CliRun.IntoBytes(new FullDiskStream(capacity), args) : CliRun.Into(new FullDiskWriter(capacity), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("rampart: cannot write to standard output: No space left on device", run.Error.TrimEnd('\n', '\r'));
    }

    [Theory]
    [InlineData("policy", "list")]
    [InlineData("policy", "eval", "1 + 1")]
    public void Other_commands_whose_output_fails_exit_2_too(params string[] args)
    {
        var run = CliRun.Into(new FullDiskWriter(0), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("rampart: cannot write to standard output: No space left on device", run.Error.TrimEnd('\n', '\r'));
    }
}
