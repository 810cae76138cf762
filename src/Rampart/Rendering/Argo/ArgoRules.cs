using Rampart.Findings;

namespace Rampart.Rendering.Argo;

/// <summary>The rule an Argo CD object that cannot be rendered is reported under.</summary>
public static class ArgoRules
{
    public static RuleDescriptor Invalid { get; } = new()
    {
        Id = "RMP-ARGO-001",
        Title = "Argo CD object cannot be rendered",
        Category = Category.Gitops,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Platform,
        Description = "An Argo CD Application or ApplicationSet is malformed (no source, a source of two types, a generator that cannot be read), so what it deploys was not rendered and not checked.",
        Remediation = "Fix the field at the line given; Argo CD would refuse the same object.",
    };

    /// <summary>Every rule of the Argo CD sources, for the rule catalog.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [Invalid];
}
