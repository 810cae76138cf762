using Rampart.Findings;

namespace Rampart.Rendering.Helm;

/// <summary>The rule a chart entry point reports when its chart does not render (as <c>helm template</c> would fail).</summary>
public static class ChartRules
{
    public static RuleDescriptor DoesNotRender { get; } = new()
    {
        Id = "RMP-RENDER-020",
        Title = "Chart does not render",
        Category = Category.Gitops,
        Severity = Severity.High,
        Responsibility = Responsibility.Platform,
        Description = "The chart, its values or one of its templates fails to render, as `helm template` (and Flux or Argo CD) would fail; nothing it renders was checked.",
        Remediation = "Fix the template or value at the line given; `rampart render` on the chart shows the same failure.",
    };

    /// <summary>Every rule of chart entry points, for the rule catalog.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [DoesNotRender];

    /// <summary>A finding of <paramref name="rule"/> at a file and line (column 1 when the column is not known; the file alone without a line).</summary>
    public static Finding At(RuleDescriptor rule, string path, int line, string message, int column = 0) =>
        rule.Report(message, line > 0 ? new SourceLocation(path, line, Math.Max(column, 1)) : new SourceLocation(path));
}
