using Rampart.Findings;
using Rampart.Reporting;

namespace Rampart.Cli.Output;

/// <summary>
/// Which findings the table lists: the open ones by default (suppressed, waived and baselined ones are counted, and
/// listed with <c>--show-all</c>), at or above <c>--severity</c>, and with <c>--quiet</c> only those that fail the
/// gate. The gate and the other formats are not changed: they always see every finding.
/// </summary>
internal sealed record TableSelection(IReadOnlyList<Finding> Listed, string? HiddenLine)
{
    public static TableSelection Of(ScanReport report, ReportGate gate, ReportOptions options)
    {
        var listed = new List<Finding>();
        var notOpen = new Dictionary<FindingStatus, int>();
        var below = 0;
        var notBlocking = 0;
        foreach (var finding in report.Findings)
        {
            if (finding.Status != FindingStatus.Open && !options.ShowNotOpen && !options.OnlyBlocking)
            {
                notOpen[finding.Status] = notOpen.GetValueOrDefault(finding.Status) + 1;
            }
            else if (options.MinimumSeverity is { } minimum && finding.Severity < minimum)
            {
                below++;
            }
            else if (options.OnlyBlocking && !gate.IsOverThreshold(finding))
            {
                notBlocking++;
            }
            else
            {
                listed.Add(finding);
            }
        }

        var parts = new List<string>();
        if (notOpen.Count > 0)
        {
            parts.Add(string.Join(", ", ReportNames.Statuses.Where(notOpen.ContainsKey).Select(s => $"{notOpen[s]} {ReportNames.Of(s)}"))
                + " (--show-all lists them)");
        }

        if (below > 0)
        {
            parts.Add($"{below} below {ReportNames.Of(options.MinimumSeverity!.Value)} (--severity)");
        }

        if (notBlocking > 0)
        {
            parts.Add($"{ReportText.Plural(notBlocking, "finding", "findings")} that do not fail the gate (--quiet)");
        }

        return new TableSelection(listed, parts.Count == 0 ? null : "Not listed: " + string.Join("; ", parts) + ".");
    }
}
