using Rampart.Rendering;
using Rampart.Findings;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// What a build renders: the objects, in the order <c>kubectl kustomize</c> prints them, and the findings met on
/// the way (file and line). A build with a finding of <see cref="KustomizeRules"/> failed and renders nothing, as
/// Kustomize renders nothing when it fails.
/// </summary>
public sealed record RenderResult(IReadOnlyList<RenderedObject> Objects, IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Findings.Count == 0;

    /// <summary>Resources looked at to find the targets of patches: the build's work, which tests compare across sizes.</summary>
    internal long TargetChecks { get; init; }

    /// <summary>Referring fields walked to fix name references: only references to a type some resource had are walked.</summary>
    internal long NameReferenceWalks { get; init; }
}
