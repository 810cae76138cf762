namespace Rampart.Reporting;

/// <summary>Writes a report to a byte stream (an output file, standard output).</summary>
public static class ReportStreams
{
    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="output"/> as UTF-8 without a byte order mark: straight as
    /// bytes when the writer produces UTF-8 (<see cref="IUtf8ReportWriter"/>), through a text writer otherwise.
    /// <paramref name="output"/> stays open.
    /// </summary>
    public static void Write(IReportWriter writer, ScanReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is IUtf8ReportWriter bytes)
        {
            bytes.Write(report, output, options);
            return;
        }

        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), bufferSize: -1, leaveOpen: true);
        writer.Write(report, text, options);
    }
}
