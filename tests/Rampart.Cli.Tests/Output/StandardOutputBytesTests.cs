using System.Text;
using Rampart.Cli.Output;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Output;

public sealed partial class StandardOutputBytesTests
{
    private static string Example => Path.Combine(RepositoryPaths.Root, "examples", "gitops-repo");

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("table")]
    public void A_scan_to_a_redirected_standard_output_writes_what_a_text_standard_output_receives(string format)
    {
        using var bytes = new MemoryStream();
        var direct = CliRun.IntoBytes(bytes, "scan", Example, "--format", format);
        var text = CliRun.Of("scan", Example, "--format", format);

        Assert.Equal(text.ExitCode, direct.ExitCode);
        var written = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        Assert.NotEmpty(written);
        Assert.Equal(WithoutTimes(text.Out), WithoutTimes(written));
    }

    [Fact]
    public void A_report_written_as_bytes_comes_after_the_text_written_before_it()
    {
        using var bytes = new MemoryStream();
        var text = new StreamWriter(bytes, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        var output = new GuardedWriter(text, bytes);

        output.Write("before\n");
        output.WriteReport(new JsonReportWriter(), SampleReports.Empty(), SampleReports.Options);
        output.Write("after\n");
        output.Flush();

        var written = Encoding.UTF8.GetString(bytes.ToArray());
        Assert.StartsWith("before\n{\n", written, StringComparison.Ordinal);
        Assert.EndsWith("}\nafter\n", written, StringComparison.Ordinal);
    }

    /// <summary>What differs from one run to the next: when the scan started and how long it took.</summary>
    private static string WithoutTimes(string report) => Times().Replace(report, "${name}0");

    [System.Text.RegularExpressions.GeneratedRegex("(?<name>\"(?:startedAt|durationMs|startTimeUtc|endTimeUtc)\": |resources in )(?:\"[^\"]*\"|[0-9.]+s?)")]
    private static partial System.Text.RegularExpressions.Regex Times();
}
