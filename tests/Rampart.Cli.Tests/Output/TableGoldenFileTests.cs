using Rampart.Cli.Output;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Output;

/// <summary>
/// The terminal table on the representative report and on an empty one, plain, coloured and narrow, against its
/// committed golden files (rewritten only with <c>RAMPART_UPDATE_GOLDEN=1</c>).
/// </summary>
public sealed class TableGoldenFileTests
{
    private static string PathOf(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Cli.Tests", "Output", "Golden", name + ".expected");

    [Theory]
    [InlineData("representative")]
    [InlineData("empty")]
    public void Table_matches_the_golden_file(string sample)
    {
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();

        GoldenFiles.AssertFile(PathOf($"{sample}.table"), SampleReports.Render(new TableReportWriter(), report, SampleReports.Options));
    }

    [Fact]
    public void Coloured_table_matches_the_golden_file() =>
        GoldenFiles.AssertFile(PathOf("representative.table-color"),
            SampleReports.Render(new TableReportWriter(), SampleReports.Representative(), SampleReports.Options with { Color = true }));

    [Fact]
    public void Narrow_ascii_table_matches_the_golden_file() =>
        GoldenFiles.AssertFile(PathOf("representative.table-narrow"),
            SampleReports.Render(new TableReportWriter(), SampleReports.Representative(), SampleReports.Options with { Width = 60, Unicode = false }));

    [Theory]
    [InlineData("representative")]
    [InlineData("empty")]
    public void Table_is_the_same_whatever_order_findings_come_in(string sample)
    {
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();
        var reversed = report with { Findings = [.. report.Findings.Reverse()], Rules = [.. report.Rules.Reverse()] };

        Assert.Equal(SampleReports.Render(new TableReportWriter(), report, SampleReports.Options), SampleReports.Render(new TableReportWriter(), reversed, SampleReports.Options));
    }
}
