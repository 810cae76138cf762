using Rampart.Reporting;

namespace Rampart.Cli.Output;

/// <summary>The formats the command line writes: its terminal table, then the engine's formats.</summary>
internal static class CliReportFormats
{
    public static ReportFormats All { get; } = ReportFormats.Default.With(new TableReportWriter());
}
