using Rampart.Templates.Execution;

namespace Rampart.Rendering.Helm;

/// <summary>
/// What to render: a chart folder or archive (<see cref="ChartPath"/>, named <see cref="DisplayPath"/> in findings), values
/// files and <c>--set</c> expressions in order, the release, and the cluster the chart is told about.
/// </summary>
public sealed record HelmRenderRequest(string ChartPath)
{
    /// <summary>The chart path as findings show it (relative to the scan root); the chart path itself when not given.</summary>
    public string? DisplayPath { get; init; }

    /// <summary>
    /// The chart's files by path relative to the chart folder ('/' separators), when they are read by the caller (a
    /// repository's files) instead of from <see cref="ChartPath"/>, which then only names the chart.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? ChartFiles { get; init; }

    /// <summary>Values files, later ones over earlier ones: (path to read, path to show).</summary>
    public IReadOnlyList<(string Path, string DisplayPath)> ValuesFiles { get; init; } = [];

    /// <summary>Values given inline as YAML (a Flux HelmRelease's <c>values</c>, Argo CD's <c>values</c>), over the files: (text, path to show).</summary>
    public IReadOnlyList<(string Yaml, string DisplayPath)> InlineValues { get; init; } = [];

    /// <summary><c>--set</c> expressions, over the values files.</summary>
    public IReadOnlyList<string> Set { get; init; } = [];

    public string ReleaseName { get; init; } = "release-name";

    public string Namespace { get; init; } = "default";

    /// <summary>The Kubernetes version templates see in <c>.Capabilities.KubeVersion</c>.</summary>
    public string KubeVersion { get; init; } = HelmCapabilities.DefaultKubeVersion;

    /// <summary>API versions added to the default set (<c>--api-versions</c>).</summary>
    public IReadOnlyList<string> ApiVersions { get; init; } = [];

    /// <summary>Whether the chart's crds/ files are part of the output (<c>--include-crds</c>).</summary>
    public bool IncludeCrds { get; init; }

    /// <summary>
    /// Render as Helm 4 does where it differs from Helm 3 (values coalescing: the nulls of a chart's own values.yaml
    /// are dropped); the printed layout is chosen when printing (<see cref="HelmRenderResult.ToHelmTemplateText"/>).
    /// </summary>
    public bool Helm4 { get; init; }

    public ChartLimits ChartLimits { get; init; } = ChartLimits.Default;

    public ExecutionLimits ExecutionLimits { get; init; } = ExecutionLimits.Default;
}
