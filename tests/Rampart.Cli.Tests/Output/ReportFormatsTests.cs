using System.Text;
using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Output;

public sealed class ReportFormatsTests
{
    [Fact]
    public void The_formats_are_registered_in_order()
    {
        Assert.Equal(["table", "json", "sarif", "junit", "markdown", "codequality", "gitlab-sast", "cyclonedx", "spdx-json"], CliReportFormats.All.Names);
    }

    [Fact]
    public void The_engine_writes_every_format_but_the_terminal_table()
    {
        Assert.Equal(["json", "sarif", "junit", "markdown", "codequality", "gitlab-sast", "cyclonedx", "spdx-json"], ReportFormats.Default.Names);
    }

    [Theory]
    [InlineData("table", "txt")]
    [InlineData("json", "json")]
    [InlineData("sarif", "sarif")]
    [InlineData("junit", "xml")]
    [InlineData("markdown", "md")]
    public void Each_format_names_its_file_extension(string format, string extension)
    {
        Assert.True(CliReportFormats.All.TryGet(format, out var writer));
        Assert.Equal(format, writer.Format);
        Assert.Equal(extension, writer.FileExtension);
    }

    [Fact]
    public void Format_names_are_matched_ignoring_case()
    {
        Assert.True(CliReportFormats.All.TryGet("SARIF", out var writer));
        Assert.IsType<SarifReportWriter>(writer);
    }

    [Fact]
    public void An_unknown_format_is_refused_with_the_valid_names()
    {
        Assert.False(CliReportFormats.All.TryGet("html", out var writer));
        Assert.Null(writer);
        Assert.Equal("unknown report format 'html'; valid formats are table, json, sarif, junit, markdown, codequality, gitlab-sast, cyclonedx, spdx-json", CliReportFormats.All.UnknownFormatMessage("html"));
    }

    [Fact]
    public void An_output_option_names_a_format_and_a_path()
    {
        Assert.True(ReportOutput.TryParse("sarif=out/rampart results.sarif", CliReportFormats.All, out var output, out var error));
        Assert.Null(error);
        Assert.IsType<SarifReportWriter>(output.Writer);
        Assert.Equal("out/rampart results.sarif", output.Path);
    }

    [Fact]
    public void An_output_path_may_itself_contain_an_equals_sign()
    {
        Assert.True(ReportOutput.TryParse("json=reports/a=b.json", CliReportFormats.All, out var output, out _));
        Assert.Equal("reports/a=b.json", output.Path);
    }

    [Theory]
    [InlineData("sarif", "--output expects FORMAT=PATH, got 'sarif'")]
    [InlineData("=report.json", "--output expects FORMAT=PATH, got '=report.json'")]
    [InlineData("json=", "--output expects FORMAT=PATH, got 'json='")]
    [InlineData("html=report.html", "unknown report format 'html'; valid formats are table, json, sarif, junit, markdown, codequality, gitlab-sast, cyclonedx, spdx-json")]
    public void A_malformed_output_option_is_a_usage_error(string text, string expected)
    {
        Assert.False(ReportOutput.TryParse(text, CliReportFormats.All, out var output, out var error));
        Assert.Null(output);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData(false, false, null, true)]
    [InlineData(false, false, "", true)]
    [InlineData(true, false, null, false)]
    [InlineData(false, true, null, false)]
    [InlineData(false, false, "1", false)]
    [InlineData(false, false, "0", false)]
    public void Colour_is_used_only_on_a_terminal_without_NO_COLOR_or_no_color(bool flag, bool redirected, string? noColor, bool expected)
    {
        Assert.Equal(expected, ReportOptions.ShouldUseColor(flag, redirected, noColor));
    }

    [Theory]
    [InlineData("json", true)]
    [InlineData("sarif", true)]
    [InlineData("table", false)]
    [InlineData("junit", false)]
    [InlineData("markdown", false)]
    public void A_long_resource_name_is_kept_whole_or_cut_but_never_multiplies_memory(string format, bool keptWhole)
    {
        Assert.True(CliReportFormats.All.TryGet(format, out var writer));

        var (smallChars, small) = Write(writer, 20_000);
        var (largeChars, large) = Write(writer, 200_000);

        if (keptWhole)
        {
            // Data: the name is written whole, once or twice per finding, with memory in proportion.
            Assert.InRange(largeChars, 2 * 200_000, smallChars * 11);
            Assert.InRange(large, 0, small * 11);
        }
        else
        {
            // For people: the name is cut, so output and memory do not grow with it.
            Assert.Equal(smallChars, largeChars);
            Assert.InRange(large, 0, small * 2);
        }
    }

    private static (long Chars, long Allocated) Write(IReportWriter writer, int nameLength)
    {
        var resource = new ResourceRef("apps/v1", "Deployment", "shop", new string('n', nameLength));
        var findings = new[] { SampleFindings.PrivilegedCritical, SampleFindings.SchemaHigh }.Select(f => f with { Resource = resource }).ToList();
        var report = SampleReports.Representative() with { Findings = findings };
        writer.Write(report with { Findings = [SampleFindings.ImageLowUnowned] }, new CountingWriter(), SampleReports.Options);
        var counter = new CountingWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();
        writer.Write(report, counter, SampleReports.Options);
        return (counter.Count, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Count { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Count++;

        public override void Write(char[] buffer, int index, int count) => Count += count;

        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;

        public override void Write(string? value) => Count += value?.Length ?? 0;
    }
}
