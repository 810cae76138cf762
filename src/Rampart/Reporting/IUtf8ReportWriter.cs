namespace Rampart.Reporting;

/// <summary>
/// A writer whose format is UTF-8 text (without a byte order mark) and which can write its bytes straight to a
/// stream, sparing the decoding into characters and the encoding back that a <see cref="TextWriter"/> costs on a
/// large report. Both <c>Write</c> methods produce the same bytes.
/// </summary>
public interface IUtf8ReportWriter : IReportWriter
{
    /// <summary>Writes the whole report as UTF-8 to <paramref name="output"/>, which stays open.</summary>
    void Write(ScanReport report, Stream output, ReportOptions options);
}
