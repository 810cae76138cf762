using Rampart.Findings;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The rules Flux entry points report. Either means Flux would fail to reconcile the object: what it would apply was
/// not rendered, so it was not checked.
/// </summary>
public static class FluxRules
{
    public static RuleDescriptor Invalid { get; } = Rule(
        "RMP-RENDER-021", "Flux object cannot be rendered",
        "A Flux Kustomization or HelmRelease names a path that is not a folder of the repository, a chart that is not there, or a variable name Flux refuses; Flux would fail to reconcile it.",
        "Fix the field at the line given.");

    public static RuleDescriptor Substitution { get; } = Rule(
        "RMP-RENDER-022", "Flux variable substitution fails",
        "A `${...}` expression in what a Flux Kustomization renders is malformed, or the substitution goes past the render limits; Flux would fail to apply it.",
        "Fix the expression at the line given, or escape it as `$${var}` when it is meant literally.");

    /// <summary>Every rule of Flux entry points, for the rule catalog.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [Invalid, Substitution];

    private static RuleDescriptor Rule(string id, string title, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Gitops,
        Severity = Severity.High,
        Responsibility = Responsibility.Platform,
        Description = description,
        Remediation = remediation,
    };

    /// <summary>A finding of <paramref name="rule"/> at a file and line.</summary>
    public static Finding At(RuleDescriptor rule, string path, int line, string message) => ChartRules.At(rule, path, line, message);
}
