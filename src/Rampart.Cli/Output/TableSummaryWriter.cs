using System.Globalization;
using Rampart.Findings;
using Rampart.Reporting;
using Spectre.Console;

namespace Rampart.Cli.Output;

/// <summary>The summary under the table report: counts by severity and status, the gate, each team's gate.</summary>
internal static class TableSummaryWriter
{
    public static void Write(IAnsiConsole console, ScanReport report, TableBorder border)
    {
        var summary = ReportSummary.Of(report);
        console.Write(new Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Scanned {TableReportWriter.Plural(report.FilesScanned, "file", "files")} and {TableReportWriter.Plural(report.ResourcesScanned, "resource", "resources")} in {report.Duration.TotalSeconds:0.00}s: {TableReportWriter.Plural(summary.Total, "finding", "findings")}, {summary.Open} open.")));
        console.WriteLine();
        console.Write(new Paragraph(ReportText.Coverage(report)));
        console.WriteLine();
        if (report.Diff is { } diff)
        {
            console.Write(new Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Compared with {diff.BaseRef} ({TableReportWriter.Plural(diff.ChangedFiles, "changed file", "changed files")}): {diff.New} new, {diff.Fixed.Count} fixed, {diff.Unchanged} unchanged.")));
            console.WriteLine();
        }

        if (summary.Total > 0)
        {
            var counts = new Table { Border = border, BorderStyle = new Style(Color.Grey) };
            counts.AddColumn(new TableColumn(new Text("Severity")));
            foreach (var status in ReportNames.Statuses)
            {
                counts.AddColumn(new TableColumn(new Text(ReportNames.Of(status))) { Alignment = Justify.Right });
            }

            foreach (var severity in ReportNames.SeveritiesMostSevereFirst)
            {
                var row = new List<Text> { new(ReportNames.Of(severity), TableReportWriter.SeverityStyle(severity)) };
                row.AddRange(ReportNames.Statuses.Select(status => new Text(report.Findings
                    .Count(finding => finding.Severity == severity && finding.Status == status)
                    .ToString(CultureInfo.InvariantCulture))));
                counts.AddRow(row);
            }

            console.Write(counts);
        }

        WriteGate(console, report);
        foreach (var line in ReportText.Rendering(report))
        {
            console.Write(new Paragraph(TableReportWriter.Clean(line, TableReportWriter.MaxCell)) { Overflow = Overflow.Fold });
            console.WriteLine();
        }

        // The table ends with what was not checked, so that nothing unchecked passes without a word.
        console.Write(new Paragraph(ReportText.NotChecked(report)) { Overflow = Overflow.Fold });
        console.WriteLine();
    }

    private static void WriteGate(IAnsiConsole console, ScanReport report)
    {
        var gate = report.Gate;
        var over = report.Findings.Count(new ReportGate(gate).IsOverThreshold);
        var line = new Paragraph { Overflow = Overflow.Fold };
        line.Append("Gate: ");
        line.Append(gate.Passed ? "PASSED" : "FAILED", new Style(gate.Passed ? Color.Green : Color.Red, decoration: Decoration.Bold));
        var failed = gate.Teams.Where(team => !team.Passed).Select(team => TableReportWriter.Clean(team.Team, TableReportWriter.MaxName)).ToList();
        var failedTeams = failed.Count > 0 && gate.Teams.Count > 1 ? $"; failed: {string.Join(", ", failed)}" : "";
        line.Append(gate.FailOn is { } failOn
            ? $" (fails on {ReportNames.Of(failOn)} and above; {TableReportWriter.Plural(over, "finding", "findings")} over the threshold{failedTeams})"
            : over > 0 ? $" ({TableReportWriter.Plural(over, "finding", "findings")} over a team threshold{failedTeams})" : " (no threshold)");
        console.Write(line);
        console.WriteLine();
        foreach (var team in gate.Teams)
        {
            var threshold = team.FailOn is { } teamFailOn ? "fails on " + ReportNames.Of(teamFailOn) : "no threshold of its own";
            var teamLine = new Paragraph { Overflow = Overflow.Fold };
            teamLine.Append("  " + TableReportWriter.Clean(team.Team, TableReportWriter.MaxName) + ": ");
            teamLine.Append(team.Passed ? "passed" : "failed", new Style(team.Passed ? Color.Green : Color.Red));
            teamLine.Append(string.Create(CultureInfo.InvariantCulture,
                $" ({threshold}; {team.OpenFindings} open, {team.FindingsOverThreshold} over the threshold)"));
            console.Write(teamLine);
            console.WriteLine();
        }
    }
}
