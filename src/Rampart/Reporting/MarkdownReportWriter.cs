using System.Globalization;
using System.Text;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// A pull-request comment: a headline with the gate's verdict, the counts, then one section per team telling
/// it what to fix, most severe first. Long lists fold into <c>&lt;details&gt;</c>; a comment that would pass
/// <see cref="ReportOptions.MarkdownMaxCharacters"/> lists fewer findings and says how many it left out.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>Findings listed before the rest of a section folds into <c>&lt;details&gt;</c>.</summary>
    private const int ShownOpenly = 10;

    public string Format => "markdown";

    public string FileExtension => "md";

    public void Write(ScanReport report, TextWriter output, ReportOptions options)
    {
        var sections = MarkdownSection.Build(report);
        var max = Math.Max(1, options.MarkdownMaxCharacters);
        output.Write(Fit(report, sections, options, max));
    }

    /// <summary>
    /// The whole comment when it fits; otherwise as many findings per section as fit (found by bisection),
    /// then as many sections as fit; as a last resort a cut at a line break.
    /// </summary>
    private static string Fit(ScanReport report, IReadOnlyList<MarkdownSection> sections, ReportOptions options, int max)
    {
        var head = Head(report);
        var full = Render(report, head, sections, new MarkdownLimits(ShownOpenly, int.MaxValue, int.MaxValue), options);
        if (full.Length <= max)
        {
            return full;
        }

        var longest = sections.Count == 0 ? 0 : sections.Max(section => section.Open.Count);
        var perSection = LargestFitting(0, longest, n => Render(report, head, sections, new MarkdownLimits(ShownOpenly, n, int.MaxValue), options), max);
        if (perSection is not null)
        {
            return perSection;
        }

        var someSections = LargestFitting(0, sections.Count, n => Render(report, head, sections, new MarkdownLimits(0, 0, n), options), max);
        return someSections ?? HardCut(Render(report, head, sections, new MarkdownLimits(0, 0, 0), options), max);
    }

    /// <summary>The rendering for the largest n in [low, high] whose text fits, or null when even low does not.</summary>
    private static string? LargestFitting(int low, int high, Func<int, string> render, int max)
    {
        string? best = null;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var text = render(middle);
            if (text.Length <= max)
            {
                best = text;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return best;
    }

    /// <summary>The part that never shrinks: headline, counts and the team table.</summary>
    private static string Head(ScanReport report)
    {
        var text = new StringBuilder();
        WriteHeadline(text, report, new ReportGate(report.Gate));
        WriteCounts(text, report, ReportSummary.Of(report));
        if (report.Gate.Teams.Count > 0)
        {
            MarkdownSectionWriter.WriteTeamTable(text, report.Gate.Teams);
        }

        return text.ToString();
    }

    private static string Render(ScanReport report, string head, IReadOnlyList<MarkdownSection> sections, MarkdownLimits limits, ReportOptions options)
    {
        var text = new StringBuilder(head);
        var shown = sections.Take(limits.Sections).ToList();
        foreach (var section in shown)
        {
            MarkdownSectionWriter.Write(text, section, limits, options);
        }

        var hiddenSections = sections.Count - shown.Count;
        var hiddenFindings = sections.Sum(section => Math.Max(0, section.Open.Count - limits.PerSection));
        if (hiddenSections > 0 || hiddenFindings > 0)
        {
            text.Append("\n> [!NOTE]\n> This comment is shortened to fit GitHub's size limit");
            if (hiddenSections > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $": {hiddenSections} more sections are not shown");
            }

            text.Append(". The JSON and SARIF reports list every finding.\n");
        }

        text.Append("\n<sub>").Append(MarkdownText.Escape(report.ToolName)).Append(' ').Append(MarkdownText.Escape(report.ToolVersion));
        text.Append(" · scanned ").Append(MarkdownText.Escape(ReportText.Truncate(report.Target, 200))).Append("</sub>\n");
        return text.ToString();
    }

    private static void WriteHeadline(StringBuilder text, ScanReport report, ReportGate gate)
    {
        var blocking = report.Findings.Count(gate.IsOverThreshold);
        text.Append(report.Gate.Passed ? "## ✅ Rampart: passed" : "## ❌ Rampart: failed");
        if (blocking > 0)
        {
            text.Append(" — ").Append(ReportText.Plural(blocking, "finding blocks", "findings block")).Append(" the merge");
        }

        text.Append("\n\n");
    }

    private static void WriteCounts(StringBuilder text, ScanReport report, ReportSummary summary)
    {
        text.Append(CultureInfo.InvariantCulture, $"Scanned {ReportText.Plural(report.FilesScanned, "file", "files")} and {ReportText.Plural(report.ResourcesScanned, "resource", "resources")}");
        if (report.Gate.FailOn is { } failOn)
        {
            text.Append("; the gate fails on ").Append(ReportNames.Of(failOn)).Append(" and above");
        }

        text.Append(".\n\n").Append(ReportText.Coverage(report)).Append("\n\n");
        if (ReportText.Rendering(report) is { Count: > 0 } rendering)
        {
            text.AppendJoin('\n', rendering.Select(line => MarkdownText.Escape(ReportText.Truncate(line, 500)))).Append("\n\n");
        }

        text.Append(MarkdownText.Escape(ReportText.NotChecked(report))).Append("\n\n");

        if (report.Diff is { } diff)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Compared with `{MarkdownText.Code(diff.BaseRef)}` ({ReportText.Plural(diff.ChangedFiles, "changed file", "changed files")}): **{diff.New} new**, {diff.Fixed.Count} fixed, {diff.Unchanged} unchanged.\n\n");
            if (diff.Fixed.Count > 0)
            {
                text.Append("<details><summary>Fixed by this change</summary>\n\n");
                foreach (var finding in FindingOrder.MostSevereFirst(diff.Fixed))
                {
                    text.Append(CultureInfo.InvariantCulture, $"- ~~{MarkdownText.Escape(finding.Location.Path)}~~ `{MarkdownText.Code(finding.RuleId)}` {MarkdownText.Escape(finding.Title)}\n");
                }

                text.Append("\n</details>\n\n");
            }
        }

        if (summary.Total == 0)
        {
            text.Append("No findings.\n");
            return;
        }

        text.Append("**").Append(ReportText.Plural(summary.Open, "open finding", "open findings")).Append("**: ");
        text.AppendJoin(" · ", ReportNames.SeveritiesMostSevereFirst.Select(severity =>
            string.Create(CultureInfo.InvariantCulture, $"{MarkdownSectionWriter.Icon(severity)} {summary.OpenBySeverity[severity]} {ReportNames.Of(severity)}")));
        text.Append('\n');
        var notGating = ReportNames.Statuses.Where(status => status != FindingStatus.Open && summary.ByStatus[status] > 0).ToList();
        if (notGating.Count > 0)
        {
            text.Append("Not gating: ");
            text.AppendJoin(", ", notGating.Select(status => string.Create(CultureInfo.InvariantCulture, $"{summary.ByStatus[status]} {ReportNames.Of(status)}")));
            text.Append(".\n");
        }
    }

    /// <summary>The last resort: cut at a line break below the limit and say so.</summary>
    private static string HardCut(string text, int max)
    {
        const string note = "\n\n… (cut to fit the comment size limit)\n";
        if (max <= note.Length)
        {
            return ReportText.Truncate(text, max);
        }

        var keep = text[..Math.Min(text.Length, max - note.Length)];
        var lastBreak = keep.LastIndexOf('\n');
        keep = lastBreak > 0 ? keep[..lastBreak] : ReportText.Truncate(keep, keep.Length);
        return keep + note;
    }
}
