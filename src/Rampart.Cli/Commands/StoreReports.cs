using System.Text;
using Rampart.Reporting;
using Rampart.Store.Ingest;

namespace Rampart.Cli.Commands;

/// <summary>
/// A report as the store receives it: the JSON report's bytes (docs/json-format.md, the form of <c>scan --upload</c>),
/// read back as the API reads an upload, so that what the CLI records directly passes the same validation and keeps
/// only the report's redacted text.
/// </summary>
internal static class StoreReports
{
    public static byte[] Json(ScanReport report)
    {
        using var json = new StringWriter();
        new JsonReportWriter().Write(report, json, new ReportOptions());
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>The report read as an upload; a report the store refuses is a bug of the writer, so it throws.</summary>
    public static IncomingReport Incoming(ScanReport report)
    {
        var (incoming, error) = ReportReader.Read(Json(report));
        return incoming ?? throw new InvalidOperationException($"the store refused a report Rampart wrote: {error}");
    }
}
