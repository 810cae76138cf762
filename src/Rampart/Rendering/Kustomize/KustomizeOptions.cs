using Rampart.Loading;

namespace Rampart.Rendering.Kustomize;

/// <summary>How a Kustomize build runs: the load restrictor and the bounds that keep hostile input in check.</summary>
public sealed record KustomizeOptions
{
    public static KustomizeOptions Default { get; } = new();

    /// <summary>
    /// Whether files (not bases) must lie in or below the folder of the kustomization that names them, as
    /// Kustomize's default <c>LoadRestrictionsRootOnly</c> demands. Nothing outside the file system's root is ever read.
    /// </summary>
    public bool RestrictToRoot { get; init; } = true;

    /// <summary>Deepest chain of kustomizations (overlay, base, base of base…) accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most resources one build may hold.</summary>
    public int MaxResources { get; init; } = 200_000;

    /// <summary>Bounds for every YAML file read.</summary>
    public LoadLimits LoadLimits { get; init; } = LoadLimits.Default;
}
