using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>Every format of the engine, on the representative report and on an empty one, against its committed golden file (the terminal table is the command line's: tests/Rampart.Cli.Tests/Output).</summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var format in ReportFormats.Default.Names)
        {
            cases.Add(format, "representative");
            cases.Add(format, "empty");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_golden_file(string format, string sample)
    {
        Assert.True(ReportFormats.Default.TryGet(format, out var writer));
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();

        Golden.Verify($"{sample}.{format}", SampleReports.Render(writer, report, SampleReports.Options));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_is_the_same_whatever_order_findings_come_in(string format, string sample)
    {
        Assert.True(ReportFormats.Default.TryGet(format, out var writer));
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();
        var reversed = report with { Findings = [.. report.Findings.Reverse()], Rules = [.. report.Rules.Reverse()] };

        Assert.Equal(SampleReports.Render(writer, report, SampleReports.Options), SampleReports.Render(writer, reversed, SampleReports.Options));
    }
}
