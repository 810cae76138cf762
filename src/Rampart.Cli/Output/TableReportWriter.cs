using System.Globalization;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Output;

/// <summary>
/// The terminal report: findings grouped by file, one table per file (severity, line, rule, resource,
/// message), then a summary of counts and the gate. Plain text without escape codes when colour is off;
/// never wider than <see cref="ReportOptions.Width"/>. Text is written as it is (brackets and markup
/// characters included) through <see cref="TerminalTable"/>, which measures every word once. Cells are cut
/// with an ellipsis (<see cref="MaxCell"/>, <see cref="MaxName"/>) so that one huge value cannot fill the
/// terminal.
/// </summary>
public sealed class TableReportWriter : IReportWriter
{
    /// <summary>Narrower than this, tables cannot show their five columns.</summary>
    public const int MinimumWidth = 40;

    /// <summary>The most a message, owners or status cell (or a file heading) shows, ellipsis included.</summary>
    public const int MaxCell = 1_000;

    /// <summary>The most a rule or resource cell shows, ellipsis included.</summary>
    public const int MaxName = 200;

    public string Format => "table";

    public string FileExtension => "txt";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        var console = new TerminalWriter(output, options.Color, Math.Max(MinimumWidth, options.Width));
        var gate = new ReportGate(report.Gate);
        var box = options.Unicode ? TableBox.Rounded : TableBox.Ascii;
        var selection = TableSelection.Of(report, gate, options);
        var shown = Shown(selection.Listed, gate, options.TableMaxFindings);
        foreach (var file in FindingOrder.Sort(shown).GroupBy(finding => finding.Location.Path, StringComparer.Ordinal))
        {
            var findings = file.ToList();
            console.WriteParagraph(new TextBlock(Clean(file.Key.Length == 0 ? "(no file)" : file.Key, MaxCell), TextStyle.Bold)
                .Append("  " + Plural(findings.Count, "finding", "findings"), TextStyle.Grey));
            FileTable(findings, gate).Write(console, box);
            console.WriteLine();
        }

        if (shown.Count < selection.Listed.Count)
        {
            var hidden = selection.Listed.Count - shown.Count;
            var files = selection.Listed.Except(shown).Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
            console.WriteParagraph(string.Create(CultureInfo.InvariantCulture,
                $"… {Plural(hidden, "more finding", "more findings")} in {Plural(files, "file", "files")} not shown: the table lists the {shown.Count} that block the gate or are most severe. Use --format json, sarif or markdown (or --output FORMAT=PATH) for every finding."),
                TextStyle.Italic);
            console.WriteLine();
        }

        if (selection.HiddenLine is { } hiddenLine)
        {
            console.WriteParagraph(hiddenLine, TextStyle.Italic);
            console.WriteLine();
        }

        if (report.Diff is { Fixed.Count: > 0 } diff)
        {
            console.WriteParagraph($"Fixed since {Clean(diff.BaseRef, MaxName)}:", TextStyle.Bold);
            FileTable([.. FindingOrder.Sort(diff.Fixed)], gate, withPath: true).Write(console, box);
            console.WriteLine();
        }

        TableSummaryWriter.Write(console, report, box);
        console.Flush();
    }

    /// <summary>All findings, or when there are more than <paramref name="max"/>, the blocking and most severe ones.</summary>
    private static IReadOnlyList<Finding> Shown(IReadOnlyList<Finding> findings, ReportGate gate, int max) =>
        findings.Count <= max
            ? findings
            : [.. findings
                .OrderByDescending(gate.IsOverThreshold)
                .ThenBy(f => f.Status == FindingStatus.Open ? 0 : 1)
                .ThenByDescending(f => f.Severity)
                .ThenBy(f => f, FindingOrder.Instance)
                .Take(max)];

    private static TerminalTable FileTable(IReadOnlyList<Finding> findings, ReportGate gate, bool withPath = false)
    {
        var table = new TerminalTable(
        [
            new TableColumn("Severity", NoWrap: true),
            new TableColumn(withPath ? "Where" : "Line", NoWrap: !withPath, AlignRight: true),
            new TableColumn("Rule"),
            new TableColumn("Resource"),
            new TableColumn("Message"),
        ]);
        // Findings of one source line rendered by several entry points stand as one group; the groups' first findings
        // then share a row when they are one problem in several containers of a workload.
        var groups = FindingGroup.Of(findings);
        var groupOf = new Dictionary<Finding, FindingGroup>(ReferenceEqualityComparer.Instance);
        foreach (var g in groups)
        {
            groupOf[g.First] = g;
        }

        foreach (var row in TableRow.Group([.. groups.Select(g => g.First)]))
        {
            var finding = row.First;
            var group = groupOf[finding];
            var subject = Subject(finding);
            if (group.Findings.Count > 1)
            {
                subject = FindingText.Cut(subject, MaxName - 12) + string.Create(CultureInfo.InvariantCulture, $" (+{group.Findings.Count - 1} more)");
            }

            table.AddRow(SeverityCell(finding, gate), [withPath ? Folding(finding.Location.ToString(), TextStyle.Plain, MaxName) : LineCell(finding.Location)],
                [Folding(finding.RuleId, TextStyle.Plain, MaxName)], [Folding(subject, TextStyle.Plain, MaxName)], MessageCell(row, group));
        }

        return table;
    }

    private static List<TextBlock> SeverityCell(Finding finding, ReportGate gate)
    {
        var cells = new List<TextBlock> { new(ReportNames.Of(finding.Severity).ToUpperInvariant(), SeverityStyle(finding.Severity)) };
        if (finding.Change is ChangeKind.Fixed)
        {
            cells.Add(new(ReportNames.Of(ChangeKind.Fixed), TextStyle.Green));
        }
        else if (finding.Status != FindingStatus.Open)
        {
            cells.Add(new(ReportNames.Of(finding.Status), TextStyle.Grey));
        }
        else if (gate.IsOverThreshold(finding))
        {
            cells.Add(new("blocks", TextStyle.Red));
        }

        if (finding.Change is ChangeKind.New)
        {
            cells.Add(new(ReportNames.Of(ChangeKind.New), TextStyle.Yellow));
        }

        return cells;
    }

    private static TextBlock LineCell(SourceLocation location) =>
        TextBlock.Of(location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{location.Line}:{location.Column}") : "-");

    private static List<TextBlock> MessageCell(TableRow row, FindingGroup group)
    {
        var finding = row.First;
        var cells = new List<TextBlock> { Folding(row.Text, TextStyle.Plain) };
        if (group.EntryPoints is { Count: > 0 } entryPoints)
        {
            cells.Add(Folding("rendered by " + string.Join(", ", entryPoints), TextStyle.Grey));
        }

        if (finding.Status == FindingStatus.Open && finding.Change is not ChangeKind.Fixed && finding.Remediation is { Length: > 0 } remediation)
        {
            cells.Add(Folding("fix: " + remediation, TextStyle.Grey));
        }

        if (finding.Owners.Count > 0)
        {
            cells.Add(Folding("owners: " + string.Join(", ", finding.Owners), TextStyle.Grey));
        }

        if (finding.Status != FindingStatus.Open && finding.StatusReason is { Length: > 0 } reason)
        {
            cells.Add(Folding(ReportNames.Of(finding.Status) + ": " + reason, TextStyle.Grey));
        }

        return cells;
    }

    /// <summary>What the finding is about: the Kubernetes object, else the package, else nothing.</summary>
    private static string Subject(Finding finding) =>
        finding.Resource is { } resource ? FindingText.Cut(resource, MaxName)
        : finding.Package is { } package ? $"{ReportText.Truncate(package.Ecosystem, MaxName)}:{ReportText.Truncate(package.Name, MaxName)}@{ReportText.Truncate(package.Version, MaxName)}"
        : "";

    internal static TextBlock Folding(string text, TextStyle style, int max = MaxCell) => new(Clean(text, max), style);

    /// <summary>One well-formed line of at most <paramref name="max"/> characters.</summary>
    internal static string Clean(string text, int max) => ReportText.OneLine(ReportText.WellFormed(ReportText.Truncate(text, max)));

    internal static TextStyle SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical => TextStyle.WhiteOnRed,
        Severity.High => TextStyle.BoldRed,
        Severity.Medium => TextStyle.Yellow,
        Severity.Low => TextStyle.Blue,
        _ => TextStyle.Grey,
    };

    internal static string Plural(int count, string one, string many) => ReportText.Plural(count, one, many);
}
