using System.Text;
using Rampart.Reporting;

namespace Rampart.Cli.Output;

/// <summary>
/// Standard output as the commands see it: every write goes to <paramref name="inner"/>, and a write that fails (a
/// full disk, a closed pipe) is remembered in <see cref="Failure"/> before its exception goes on, so that the command
/// line can tell a failed output from a failure of Rampart itself. When <paramref name="bytes"/> is the stream under
/// <paramref name="inner"/> (standard output redirected to a file or a pipe), a report in UTF-8 is written to it
/// directly.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, Stream? bytes = null) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>The first failed write, or null.</summary>
    public IOException? Failure { get; private set; }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    /// <summary>
    /// Writes a report: as bytes straight to the stream under this writer when there is one and the format is UTF-8
    /// (after flushing what was written as text, so that the order of the output is kept), as text otherwise.
    /// </summary>
    public void WriteReport(IReportWriter writer, ScanReport report, ReportOptions options)
    {
        if (bytes is null || writer is not IUtf8ReportWriter)
        {
            writer.Write(report, this, options);
            return;
        }

        Flush();
        Guard(() => ReportStreams.Write(writer, report, bytes, options));
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            Failure ??= e;
            throw;
        }
    }
}
