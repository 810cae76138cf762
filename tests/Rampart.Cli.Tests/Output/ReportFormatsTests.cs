using Rampart.Cli.Output;
using Rampart.Reporting;

namespace Rampart.Cli.Tests.Output;

public sealed class ReportFormatsTests
{
    [Fact]
    public void The_five_formats_are_registered_in_order()
    {
        Assert.Equal(["table", "json", "sarif", "junit", "markdown"], CliReportFormats.All.Names);
    }

    [Fact]
    public void The_engine_writes_every_format_but_the_terminal_table()
    {
        Assert.Equal(["json", "sarif", "junit", "markdown"], ReportFormats.Default.Names);
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
        Assert.Equal("unknown report format 'html'; valid formats are table, json, sarif, junit, markdown", CliReportFormats.All.UnknownFormatMessage("html"));
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
    [InlineData("html=report.html", "unknown report format 'html'; valid formats are table, json, sarif, junit, markdown")]
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
}
