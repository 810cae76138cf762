using Rampart.Findings;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// The rules a Kustomize build reports. Any of them means the kustomization does not build, as it would not for
/// Flux or Argo CD: what it would deploy was not rendered, so it was not checked.
/// </summary>
public static class KustomizeRules
{
    public static RuleDescriptor Invalid { get; } = Rule(
        "RMP-RENDER-001", "Kustomization does not build", Severity.High,
        "The kustomization, or a file it reads, is malformed or asks for something Kustomize refuses; the build fails, so nothing it renders was checked.",
        "Fix the field at the line given; `kubectl kustomize` on the folder shows the same failure.");

    public static RuleDescriptor MissingFile { get; } = Rule(
        "RMP-RENDER-002", "Kustomization names a missing file", Severity.High,
        "A resource, base, component, patch or generator source named by the kustomization does not exist.",
        "Add the file or remove the entry.");

    public static RuleDescriptor OutsideRoot { get; } = Rule(
        "RMP-RENDER-003", "Kustomization reads outside its root", Severity.High,
        "A path climbs out of the repository or, under the default load restrictor, a file lies outside the kustomization's folder (directly or through a symbolic link); it was not read.",
        "Move the file under the kustomization's folder, or refer to a base (a folder with its own kustomization) instead.");

    public static RuleDescriptor Cycle { get; } = Rule(
        "RMP-RENDER-004", "Kustomization cycle", Severity.High,
        "A kustomization includes itself or a folder that contains it, directly or through other bases.",
        "Break the cycle: a base must not refer back to the overlays that use it.");

    public static RuleDescriptor Limit { get; } = Rule(
        "RMP-RENDER-005", "Kustomization over a render limit", Severity.High,
        "The build nests kustomizations deeper, or makes more resources, than the render limits allow; it was stopped.",
        "Flatten the kustomization tree or split it into several roots: the limits (64 nested kustomizations, 200,000 resources per build) are fixed bounds against hostile input.");

    /// <summary>Every rule of a Kustomize build, for the rule catalog.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [Invalid, MissingFile, OutsideRoot, Cycle, Limit];

    private static RuleDescriptor Rule(string id, string title, Severity severity, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Gitops,
        Severity = severity,
        Responsibility = Responsibility.Platform,
        Description = description,
        Remediation = remediation,
    };
}
