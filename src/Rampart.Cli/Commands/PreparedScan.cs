using Rampart.Reporting;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>A validated command line: the scan options and outputs, or the exit code of a usage error.</summary>
internal sealed record PreparedScan(ScanOptions? Options, IReportWriter? StdoutWriter, IReadOnlyList<ReportOutput> Outputs, int? ExitCode)
{
    /// <summary><c>--severity</c>, parsed: the table lists findings at or above it.</summary>
    public Findings.Severity? MinimumSeverity { get; init; }

    public static PreparedScan Failed(int exitCode) => new(null, null, [], exitCode);
}
