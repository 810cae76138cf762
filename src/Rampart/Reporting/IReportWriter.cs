namespace Rampart.Reporting;

/// <summary>
/// Turns a <see cref="ScanReport"/> into one output format. Writers are stateless and may be called from
/// several threads at once; everything that varies between calls comes in through the arguments.
/// </summary>
public interface IReportWriter
{
    /// <summary>The name users give to <c>--format</c> and <c>--output FORMAT=PATH</c>, lower case.</summary>
    string Format { get; }

    /// <summary>The usual file extension for this format, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the whole report. Never throws for odd data in the report: it is escaped or replaced.</summary>
    void Write(ScanReport report, TextWriter output, ReportOptions options);
}
