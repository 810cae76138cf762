using Rampart.Rendering.Charts;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Flux <c>HelmRelease</c> objects (helm.toolkit.fluxcd.io v2, v2beta1, v2beta2) as entry points: the chart from a
/// <c>GitRepository</c> of this repository (through <c>spec.chart.spec</c> or a <c>HelmChart</c> <c>spec.chartRef</c>)
/// rendered with the release's values, for the release name and namespace Helm's controller uses. A chart from a
/// Helm repository is rendered from <paramref name="charts"/> when it is cached there; otherwise, and for an OCI
/// repository, it is said not to be checked, with its name and version.
/// </summary>
public sealed class FluxHelmReleaseSource(ChartCache? charts = null) : IEntryPointSource
{
    public const string Group = "helm.toolkit.fluxcd.io";

    public IReadOnlySet<string> ContextKinds { get; } = new HashSet<string>(
        ["HelmRelease", "HelmChart", "GitRepository", "HelmRepository", "OCIRepository"], StringComparer.Ordinal);

    public IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation) =>
        [.. inputs.Index.Objects.Where(o => FluxSpec.IsFlux(o, Group, "HelmRelease"))
            .Select(o => new EntryPoint(EntryPointKind.FluxHelmRelease, o.Path, o.Root.Start.Line, FluxSpec.NameOf(o), ChartFolder(o) ?? "."))];

    public EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal) { entryPoint.File };
        if (FluxSpec.Declaring(inputs.Index, entryPoint, Group, "HelmRelease") is not { } release)
        {
            return new EntryPointRender(entryPoint, [], [], sources, [$"Flux HelmRelease {entryPoint.Name}: the object was not found at {entryPoint.File}:{entryPoint.Line}; what it installs was not checked."]);
        }

        var what = "Flux HelmRelease " + FluxSpec.NameOf(release);
        var chart = HelmReleaseChartResolver.Resolve(release, inputs, what, charts);
        if (chart.NotChecked is { } skipped)
        {
            return new EntryPointRender(entryPoint, [], [], sources, [skipped]);
        }

        var repositoryChart = chart.Cached ?? (chart.Folder is { } folder ? RepositoryChart.Read(inputs, folder) : null);
        if (repositoryChart is null)
        {
            var finding = FluxRules.At(FluxRules.Invalid, release.Path, chart.Line, $"the chart path '{chart.Folder}' holds no Chart.yaml in this repository");
            return new EntryPointRender(entryPoint, [], [finding], sources, []);
        }

        var notChecked = new List<string>();
        if (FluxSpec.At(release.Root, "spec", "postRenderers") is not null)
        {
            notChecked.Add($"{what}: spec.postRenderers are not applied; objects were checked without them.");
        }

        var values = HelmReleaseValues.Collect(release, chart.ValuesFiles, inputs, what, notChecked, sources);
        if (values is null)
        {
            return new EntryPointRender(entryPoint, [], [], sources, notChecked);
        }

        if (chart.ValuesFiles.Count > 0)
        {
            var files = repositoryChart.Files.Where(f => f.Key != "values.yaml").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            repositoryChart = repositoryChart with { Files = files };
        }

        var target = FluxSpec.Text(release.Root, "spec", "targetNamespace");
        var request = new HelmRenderRequest(repositoryChart.Folder)
        {
            ReleaseName = FluxSpec.Text(release.Root, "spec", "releaseName") ?? (target is { Length: > 0 } ? target + "-" : "") + release.Name,
            Namespace = target is { Length: > 0 } ? target : release.Namespace ?? "default",
            InlineValues = values,
        };
        return ChartEntryRender.Run(entryPoint, repositoryChart, request, sources, notChecked);
    }

    /// <summary>The chart folder of a HelmRelease whose <c>spec.chart.spec.chart</c> is a path, for reports.</summary>
    private static string? ChartFolder(Rampart.Kubernetes.KubernetesObject release) =>
        FluxSpec.Text(release.Root, "spec", "chart", "spec", "chart") is { } chart && chart.Contains('/', StringComparison.Ordinal)
            ? Rampart.Rendering.Kustomize.Files.KustomizePaths.Normalize(chart)
            : null;
}
