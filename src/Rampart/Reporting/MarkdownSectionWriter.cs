using System.Globalization;
using System.Text;
using Rampart.Findings;
using Rampart.Gate;

namespace Rampart.Reporting;

/// <summary>Renders the team table and the per-team sections of the Markdown comment.</summary>
internal static class MarkdownSectionWriter
{
    private const int MessageLimit = 300;
    private const int RemediationLimit = 300;

    public static string Icon(Severity severity) => severity switch
    {
        Severity.Critical => "🔴",
        Severity.High => "🟠",
        Severity.Medium => "🟡",
        Severity.Low => "🔵",
        _ => "⚪",
    };

    public static void WriteTeamTable(StringBuilder text, IReadOnlyList<TeamGateResult> teams)
    {
        text.Append("\n| Team | Gate | Fails on | Open | Over threshold |\n|---|---|---|---:|---:|\n");
        foreach (var team in teams)
        {
            text.Append("| ").Append(MarkdownText.Escape(ReportText.Truncate(team.Team, 100)))
                .Append(" | ").Append(team.Passed ? "✅ passed" : "❌ failed")
                .Append(" | ").Append(team.FailOn is { } failOn ? ReportNames.Of(failOn) : "—")
                .Append(CultureInfo.InvariantCulture, $" | {team.OpenFindings} | {team.FindingsOverThreshold} |\n");
        }
    }

    public static void Write(StringBuilder text, MarkdownSection section, MarkdownLimits limits, ReportOptions options)
    {
        text.Append("\n### ").Append(Heading(section)).Append("\n\n");
        var blocking = section.Open.Count(section.IsOverThreshold);
        if (section.Open.Count == 0)
        {
            text.Append("Nothing to fix.");
        }
        else if (blocking > 0)
        {
            text.Append("**Fix before merging:** ").Append(ReportText.Plural(blocking, "finding", "findings"))
                .Append(" at or above ").Append(ReportNames.Of(section.Threshold!.Value)).Append('.');
            if (section.Open.Count > blocking)
            {
                text.Append(' ').Append(ReportText.Plural(section.Open.Count - blocking, "more finding", "more findings")).Append(" below the threshold.");
            }
        }
        else
        {
            text.Append(ReportText.Plural(section.Open.Count, "open finding", "open findings"))
                .Append(section.Threshold is null ? "; nothing gates them." : ", none at the threshold.");
        }

        if (section.NotGating.Count > 0)
        {
            text.Append(" Not gating: ").AppendJoin(", ", section.NotGating
                .GroupBy(finding => finding.Status)
                .OrderBy(group => group.Key)
                .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Count()} {ReportNames.Of(group.Key)}"))).Append('.');
        }

        text.Append('\n');
        WriteItems(text, section, limits, options);
    }

    private static string Heading(MarkdownSection section)
    {
        var name = section.Name.Length == 0
            ? "Findings with no owner"
            : "`" + MarkdownText.Code(ReportText.Truncate(section.Name, 100)) + "`";
        return section.Team switch
        {
            { Passed: true } => "✅ " + name,
            { Passed: false } => "❌ " + name,
            null => name,
        };
    }

    private static void WriteItems(StringBuilder text, MarkdownSection section, MarkdownLimits limits, ReportOptions options)
    {
        // One problem rendered by several entry points (a base under several overlays) is one item.
        var listed = FindingGroup.Of(section.Open).Take(limits.PerSection).ToList();
        if (listed.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var group in listed.Take(limits.ShownOpenly))
        {
            WriteItem(text, group, section, options);
        }

        var folded = listed.Skip(limits.ShownOpenly).ToList();
        if (folded.Count > 0)
        {
            text.Append("\n<details><summary>").Append(ReportText.Plural(folded.Sum(g => g.Findings.Count), "more finding", "more findings"))
                .Append("</summary>\n\n");
            foreach (var group in folded)
            {
                WriteItem(text, group, section, options);
            }

            text.Append("\n</details>\n");
        }

        var left = section.Open.Count - listed.Sum(g => g.Findings.Count);
        if (left > 0)
        {
            text.Append("\n_").Append(ReportText.Plural(left, "more finding is", "more findings are")).Append(" not listed here._\n");
        }
    }

    private static void WriteItem(StringBuilder text, FindingGroup group, MarkdownSection section, ReportOptions options)
    {
        var finding = group.First;
        var location = finding.Location;
        var label = location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{location.Path}:{location.Line}") : location.Path;
        var target = MarkdownText.LinkBase(options.SourceLinkBase) + SarifUris.RelativeReference(location.Path)
            + (location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"#L{location.Line}") : "");
        text.Append("- ").Append(Icon(finding.Severity)).Append(" **").Append(ReportNames.Of(finding.Severity)).Append("** ")
            .Append('[').Append(MarkdownText.Escape(label)).Append("](").Append(target).Append(") ")
            .Append('`').Append(MarkdownText.Code(finding.RuleId)).Append("` ")
            .Append(MarkdownText.Escape(ReportText.Truncate(finding.Title, MessageLimit)));
        if (finding.Resource is { } resource)
        {
            text.Append(" in `").Append(MarkdownText.Code(FindingText.Cut(resource, 200))).Append('`');
            if (group.Findings.Count > 1)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $" (+{group.Findings.Count - 1} more)"));
            }
        }

        text.Append(": ").Append(MarkdownText.Escape(ReportText.Truncate(finding.Message, MessageLimit)));
        if (section.IsOverThreshold(finding))
        {
            text.Append(" **(blocks merge)**");
        }

        text.Append('\n');
        if (group.EntryPoints is { Count: > 0 } entryPoints)
        {
            text.Append("  - Rendered by: ").Append(MarkdownText.Escape(ReportText.Truncate(string.Join(", ", entryPoints), MessageLimit))).Append('\n');
        }

        if (finding.Remediation is { Length: > 0 } remediation)
        {
            text.Append("  - Fix: ").Append(MarkdownText.Escape(ReportText.Truncate(remediation, RemediationLimit))).Append('\n');
        }
    }
}
