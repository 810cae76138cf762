using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

/// <summary>Every format, on the representative report and on an empty one, against its committed golden file.</summary>
public sealed class GoldenFileTests
{
    /// <summary>Fixed options, so that output does not depend on the terminal running the tests.</summary>
    internal static readonly ReportOptions Options = new()
    {
        Color = false,
        Width = 120,
        RepositoryRoot = "/home/ci/acme-gitops",
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var format in ReportFormats.Names)
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
        Assert.True(ReportFormats.TryGet(format, out var writer));
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();

        Golden.Verify($"{sample}.{format}", Render(writer, report, Options));
    }

    [Fact]
    public void Coloured_table_matches_the_golden_file()
    {
        Assert.True(ReportFormats.TryGet("table", out var writer));

        Golden.Verify("representative.table-color", Render(writer, SampleReports.Representative(), Options with { Color = true }));
    }

    [Fact]
    public void Narrow_ascii_table_matches_the_golden_file()
    {
        Assert.True(ReportFormats.TryGet("table", out var writer));

        Golden.Verify("representative.table-narrow", Render(writer, SampleReports.Representative(), Options with { Width = 60, Unicode = false }));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_is_the_same_whatever_order_findings_come_in(string format, string sample)
    {
        Assert.True(ReportFormats.TryGet(format, out var writer));
        var report = sample == "empty" ? SampleReports.Empty() : SampleReports.Representative();
        var reversed = report with { Findings = [.. report.Findings.Reverse()], Rules = [.. report.Rules.Reverse()] };

        Assert.Equal(Render(writer, report, Options), Render(writer, reversed, Options));
    }

    internal static string Render(IReportWriter writer, ScanReport report, ReportOptions options)
    {
        using var output = new StringWriter();
        writer.Write(report, output, options);
        return output.ToString();
    }
}
