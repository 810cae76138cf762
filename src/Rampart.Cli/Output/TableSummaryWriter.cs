using System.Globalization;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Output;

/// <summary>The summary under the table report: counts by severity and status, the gate, each team's gate.</summary>
internal static class TableSummaryWriter
{
    public static void Write(TerminalWriter console, ScanReport report, TableBox box)
    {
        var summary = ReportSummary.Of(report);
        console.WriteParagraph(string.Create(CultureInfo.InvariantCulture,
            $"Scanned {TableReportWriter.Plural(report.FilesScanned, "file", "files")} and {TableReportWriter.Plural(report.ResourcesScanned, "resource", "resources")} in {report.Duration.TotalSeconds:0.00}s: {TableReportWriter.Plural(summary.Total, "finding", "findings")}, {summary.Open} open."));
        console.WriteParagraph(ReportText.Coverage(report));
        if (report.Diff is { } diff)
        {
            console.WriteParagraph(string.Create(CultureInfo.InvariantCulture,
                $"Compared with {diff.BaseRef} ({TableReportWriter.Plural(diff.ChangedFiles, "changed file", "changed files")}): {diff.New} new, {diff.Fixed.Count} fixed, {diff.Unchanged} unchanged."));
        }

        if (summary.Total > 0)
        {
            var counts = new TerminalTable([new TableColumn("Severity"), .. ReportNames.Statuses.Select(status => new TableColumn(ReportNames.Of(status), AlignRight: true))]);
            foreach (var severity in ReportNames.SeveritiesMostSevereFirst)
            {
                var row = new List<IReadOnlyList<TextBlock>> { new[] { new TextBlock(ReportNames.Of(severity), TableReportWriter.SeverityStyle(severity)) } };
                row.AddRange(ReportNames.Statuses.Select(status => new[] { TextBlock.Of(report.Findings
                    .Count(finding => finding.Severity == severity && finding.Status == status)
                    .ToString(CultureInfo.InvariantCulture)) }));
                counts.AddRow([.. row]);
            }

            counts.Write(console, box);
        }

        WriteGate(console, report);
        foreach (var line in ReportText.Rendering(report))
        {
            console.WriteParagraph(TableReportWriter.Clean(line, TableReportWriter.MaxCell));
        }

        // The table ends with what was not checked, so that nothing unchecked passes without a word.
        console.WriteParagraph(ReportText.NotChecked(report));
    }

    private static void WriteGate(TerminalWriter console, ScanReport report)
    {
        var gate = report.Gate;
        var over = report.Findings.Count(new ReportGate(gate).IsOverThreshold);
        var line = new TextBlock("Gate: ", TextStyle.Plain);
        line.Append(gate.Passed ? "PASSED" : "FAILED", gate.Passed ? TextStyle.BoldGreen : TextStyle.BoldRed);
        var failed = gate.Teams.Where(team => !team.Passed).Select(team => TableReportWriter.Clean(team.Team, TableReportWriter.MaxName)).ToList();
        var failedTeams = failed.Count > 0 && gate.Teams.Count > 1 ? $"; failed: {string.Join(", ", failed)}" : "";
        line.Append(gate.FailOn is { } failOn
            ? $" (fails on {ReportNames.Of(failOn)} and above; {TableReportWriter.Plural(over, "finding", "findings")} over the threshold{failedTeams})"
            : over > 0 ? $" ({TableReportWriter.Plural(over, "finding", "findings")} over a team threshold{failedTeams})" : " (no threshold)", TextStyle.Plain);
        console.WriteParagraph(line);
        foreach (var team in gate.Teams)
        {
            var threshold = team.FailOn is { } teamFailOn ? "fails on " + ReportNames.Of(teamFailOn) : "no threshold of its own";
            var teamLine = new TextBlock("  " + TableReportWriter.Clean(team.Team, TableReportWriter.MaxName) + ": ", TextStyle.Plain);
            teamLine.Append(team.Passed ? "passed" : "failed", team.Passed ? TextStyle.Green : TextStyle.Red);
            teamLine.Append(string.Create(CultureInfo.InvariantCulture,
                $" ({threshold}; {team.OpenFindings} open, {team.FindingsOverThreshold} over the threshold)"), TextStyle.Plain);
            console.WriteParagraph(teamLine);
        }
    }
}
