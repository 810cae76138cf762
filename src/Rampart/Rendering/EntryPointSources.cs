using Rampart.Rendering.Argo;
using Rampart.Rendering.Charts;
using Rampart.Rendering.GitOps;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering;

/// <summary>
/// Every source of entry points a scan asks, one line each, in the order their entry points are reported. Adding a
/// family of entry points is one line here. Roots (plain kustomizations, charts) that a Flux or Argo CD object
/// renders are dropped by the render stage, so they are rendered once, the way that object renders them.
/// </summary>
public static class EntryPointSources
{
    /// <summary>Every source, with no chart cache: charts of Helm repositories are reported as not checked.</summary>
    public static IReadOnlyList<IEntryPointSource> All { get; } = For(null);

    /// <summary>Every source, charts of Helm repositories read from <paramref name="charts"/>.</summary>
    public static IReadOnlyList<IEntryPointSource> For(ChartCache? charts) =>
    [
        new KustomizationRoots(),
        new ChartRootSource(),
        .. Deployers(charts),
    ];

    /// <summary>
    /// The sources of objects that deploy what they render to a cluster (Flux Kustomizations and HelmReleases, Argo CD
    /// applications), which label what they apply: what <c>rampart audit</c> traces a live object through.
    /// </summary>
    public static IReadOnlyList<IEntryPointSource> Deployers(ChartCache? charts) =>
    [
        new FluxKustomizationSource(),
        new FluxHelmReleaseSource(charts),
        new ArgoApplicationSource(charts),
    ];
}
