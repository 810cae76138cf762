using System.Globalization;
using Rampart.Findings;
using Rampart.Reporting;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace Rampart.Cli.Output;

/// <summary>
/// The terminal report: findings grouped by file, one table per file (severity, line, rule, resource,
/// message), then a summary of counts and the gate. Plain text without escape codes when colour is off;
/// never wider than <see cref="ReportOptions.Width"/>. All text goes through Spectre as plain
/// <see cref="Text"/>, never as markup, so brackets in messages print as they are. Cells are cut with an
/// ellipsis (<see cref="MaxCell"/>, <see cref="MaxName"/>): the terminal renderer folds text character by
/// character, so an 800 KB resource name took gigabytes to lay out.
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
        var console = CreateConsole(output, options);
        var gate = new ReportGate(report.Gate);
        var border = options.Unicode ? TableBorder.Rounded : TableBorder.Ascii;
        var selection = TableSelection.Of(report, gate, options);
        var shown = Shown(selection.Listed, gate, options.TableMaxFindings);
        foreach (var file in FindingOrder.Sort(shown).GroupBy(finding => finding.Location.Path, StringComparer.Ordinal))
        {
            var findings = file.ToList();
            var heading = new Paragraph { Overflow = Overflow.Fold };
            heading.Append(Clean(file.Key.Length == 0 ? "(no file)" : file.Key, MaxCell), new Style(decoration: Decoration.Bold));
            heading.Append("  " + Plural(findings.Count, "finding", "findings"), new Style(Color.Grey));
            console.Write(heading);
            console.WriteLine();
            console.Write(FileTable(findings, gate, border));
            console.WriteLine();
        }

        if (shown.Count < selection.Listed.Count)
        {
            var hidden = selection.Listed.Count - shown.Count;
            var files = selection.Listed.Except(shown).Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
            console.Write(new Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"… {Plural(hidden, "more finding", "more findings")} in {Plural(files, "file", "files")} not shown: the table lists the {shown.Count} that block the gate or are most severe. Use --format json, sarif or markdown (or --output FORMAT=PATH) for every finding."),
                new Style(decoration: Decoration.Italic)));
            console.WriteLine();
            console.WriteLine();
        }

        if (selection.HiddenLine is { } hiddenLine)
        {
            console.Write(new Paragraph(hiddenLine, new Style(decoration: Decoration.Italic)));
            console.WriteLine();
            console.WriteLine();
        }

        if (report.Diff is { Fixed.Count: > 0 } diff)
        {
            console.Write(new Paragraph($"Fixed since {Clean(diff.BaseRef, MaxName)}:", new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            console.Write(FileTable([.. FindingOrder.Sort(diff.Fixed)], gate, border, withPath: true));
            console.WriteLine();
        }

        TableSummaryWriter.Write(console, report, border);
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

    private static IAnsiConsole CreateConsole(TextWriter output, ReportOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = options.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(),
        });
        console.Profile.Width = Math.Max(MinimumWidth, options.Width);
        console.Profile.Capabilities.Unicode = options.Unicode;
        if (!options.Color)
        {
            console.Pipeline.Attach(new PlainTextHook());
        }

        return console;
    }

    private static Table FileTable(IReadOnlyList<Finding> findings, ReportGate gate, TableBorder border, bool withPath = false)
    {
        var table = new Table { Border = border, BorderStyle = new Style(Color.Grey) };
        table.AddColumn(new TableColumn(new Text("Severity")) { NoWrap = true });
        table.AddColumn(new TableColumn(new Text(withPath ? "Where" : "Line")) { NoWrap = !withPath, Alignment = Justify.Right });
        table.AddColumn(new TableColumn(new Text("Rule")));
        table.AddColumn(new TableColumn(new Text("Resource")));
        table.AddColumn(new TableColumn(new Text("Message")));
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

            table.AddRow(SeverityCell(finding, gate), withPath ? Folding(finding.Location.ToString(), Style.Plain, MaxName) : LineCell(finding.Location),
                Folding(finding.RuleId, Style.Plain, MaxName), Folding(subject, Style.Plain, MaxName), MessageCell(row, group));
        }

        return table;
    }

    private static Rows SeverityCell(Finding finding, ReportGate gate)
    {
        var cells = new List<IRenderable> { new Text(ReportNames.Of(finding.Severity).ToUpperInvariant(), SeverityStyle(finding.Severity)) };
        if (finding.Change is ChangeKind.Fixed)
        {
            cells.Add(new Text(ReportNames.Of(ChangeKind.Fixed), new Style(Color.Green)));
        }
        else if (finding.Status != FindingStatus.Open)
        {
            cells.Add(new Text(ReportNames.Of(finding.Status), new Style(Color.Grey)));
        }
        else if (gate.IsOverThreshold(finding))
        {
            cells.Add(new Text("blocks", new Style(Color.Red)));
        }

        if (finding.Change is ChangeKind.New)
        {
            cells.Add(new Text(ReportNames.Of(ChangeKind.New), new Style(Color.Yellow)));
        }

        return new Rows(cells);
    }

    private static Text LineCell(SourceLocation location) =>
        new(location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{location.Line}:{location.Column}") : "-");

    private static Rows MessageCell(TableRow row, FindingGroup group)
    {
        var finding = row.First;
        var cells = new List<IRenderable> { Folding(row.Text, Style.Plain) };
        if (group.EntryPoints is { Count: > 0 } entryPoints)
        {
            cells.Add(Folding("rendered by " + string.Join(", ", entryPoints), new Style(Color.Grey)));
        }

        if (finding.Status == FindingStatus.Open && finding.Change is not ChangeKind.Fixed && finding.Remediation is { Length: > 0 } remediation)
        {
            cells.Add(Folding("fix: " + remediation, new Style(Color.Grey)));
        }

        if (finding.Owners.Count > 0)
        {
            cells.Add(Folding("owners: " + string.Join(", ", finding.Owners), new Style(Color.Grey)));
        }

        if (finding.Status != FindingStatus.Open && finding.StatusReason is { Length: > 0 } reason)
        {
            cells.Add(Folding(ReportNames.Of(finding.Status) + ": " + reason, new Style(Color.Grey)));
        }

        return new Rows(cells);
    }

    /// <summary>What the finding is about: the Kubernetes object, else the package, else nothing.</summary>
    private static string Subject(Finding finding) =>
        finding.Resource is { } resource ? FindingText.Cut(resource, MaxName)
        : finding.Package is { } package ? $"{ReportText.Truncate(package.Ecosystem, MaxName)}:{ReportText.Truncate(package.Name, MaxName)}@{ReportText.Truncate(package.Version, MaxName)}"
        : "";

    internal static Text Folding(string text, Style style, int max = MaxCell) => new(Clean(text, max), style) { Overflow = Overflow.Fold };

    /// <summary>One well-formed line of at most <paramref name="max"/> characters.</summary>
    internal static string Clean(string text, int max) => ReportText.OneLine(ReportText.WellFormed(ReportText.Truncate(text, max)));

    internal static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical => new Style(Color.White, Color.Red, Decoration.Bold),
        Severity.High => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Medium => new Style(Color.Yellow),
        Severity.Low => new Style(Color.Blue),
        _ => new Style(Color.Grey),
    };

    internal static string Plural(int count, string one, string many) => ReportText.Plural(count, one, many);
}
