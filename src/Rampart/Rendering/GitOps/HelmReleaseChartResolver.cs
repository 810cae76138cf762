using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Charts;
using Rampart.Rendering.Helm;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Where a HelmRelease's chart comes from: <c>spec.chart.spec</c> (a chart path in a <c>GitRepository</c>, or a chart
/// name and version in a <c>HelmRepository</c>) or <c>spec.chartRef</c> (an <c>OCIRepository</c>, or a <c>HelmChart</c>
/// object whose own spec says the same).
/// </summary>
internal static class HelmReleaseChartResolver
{
    public static HelmReleaseChart Resolve(KubernetesObject release, RenderInputs inputs, string what, ChartCache? charts)
    {
        if (FluxSpec.At(release.Root, "spec", "chartRef") is { } chartRef)
        {
            var kind = FluxSpec.Text(chartRef, "kind") ?? "";
            var name = FluxSpec.Text(chartRef, "name") ?? "";
            var ns = FluxSpec.Text(chartRef, "namespace") ?? release.Namespace;
            var target = FluxSpec.Named(inputs.Index, o => FluxSpec.IsFlux(o, FluxSourceRef.SourceGroup, kind), name, ns);
            if (kind == "HelmChart" && target is not null)
            {
                return FromSpec(FluxSpec.At(target.Root, "spec")!, target.Namespace ?? ns, inputs, what, charts);
            }

            var url = FluxSpec.Text(target?.Root, "spec", "url");
            var tag = FluxSpec.Text(target?.Root, "spec", "ref", "tag") ?? FluxSpec.Text(target?.Root, "spec", "ref", "semver");
            return HelmReleaseChart.Skipped(target is null
                ? $"{what}: its chartRef {kind} {name} is not declared in this repository; the chart it installs was not checked."
                : $"{what}: its chart is the {kind} {FluxSpec.NameOf(target)} ({url}{(tag is null ? "" : ":" + tag)}), which is not in this repository; the chart it installs was not checked.");
        }

        return FluxSpec.At(release.Root, "spec", "chart", "spec") is MappingNode spec
            ? FromSpec(spec, release.Namespace, inputs, what, charts)
            : HelmReleaseChart.Skipped($"{what}: it names no chart (spec.chart.spec or spec.chartRef); nothing was rendered.");
    }

    /// <summary>A chart template spec (<c>chart</c>, <c>version</c>, <c>sourceRef</c>, <c>valuesFiles</c>).</summary>
    private static HelmReleaseChart FromSpec(Node spec, string? ns, RenderInputs inputs, string what, ChartCache? charts)
    {
        var chart = FluxSpec.Text(spec, "chart") ?? "";
        var version = FluxSpec.Text(spec, "version");
        var sourceRef = FluxSpec.At(spec, "sourceRef");
        var kind = FluxSpec.Text(sourceRef, "kind") ?? "";
        var line = FluxSpec.At(spec, "chart")?.Start.Line ?? spec.Start.Line;
        if (kind == "HelmRepository")
        {
            var name = FluxSpec.Text(sourceRef, "name") ?? "";
            var repository = FluxSpec.Named(inputs.Index, o => FluxSpec.IsFlux(o, FluxSourceRef.SourceGroup, "HelmRepository"), name, FluxSpec.Text(sourceRef, "namespace") ?? ns);
            var url = FluxSpec.Text(repository?.Root, "spec", "url");
            return FromChartCache(charts, url, chart, version) is { } cached
                ? new HelmReleaseChart(null, cached, [], null, line)
                : HelmReleaseChart.Skipped($"{what}: chart {chart} version {version ?? "(latest)"} from the HelmRepository {name}{(url is null ? "" : " (" + url + ")")} is not in the chart cache, or its cached archive cannot be read (rampart charts pull {url ?? "URL"} {chart}{(version is null ? "" : " --version " + version)}); what it installs was not checked.");
        }

        if (FluxSourceRef.OtherRepository(inputs, what, sourceRef, ns) is { } other)
        {
            return HelmReleaseChart.Skipped(other);
        }

        var folder = KustomizePaths.Normalize(chart);
        var valuesFiles = (FluxSpec.At(spec, "valuesFiles") as SequenceNode)?.Items.OfType<ScalarNode>().Select(s => s.Text).ToList() ?? [];
        if (FluxSpec.Text(spec, "valuesFile") is { } single)
        {
            valuesFiles.Insert(0, single);
        }

        return new HelmReleaseChart(folder, null, valuesFiles, null, line);
    }

    /// <summary>A chart of a Helm repository, read from the chart cache (<c>rampart charts pull</c> fills it); null when it is not there or cannot be read.</summary>
    private static RepositoryChart? FromChartCache(ChartCache? charts, string? repositoryUrl, string chart, string? version)
    {
        if (charts is null || repositoryUrl is null || charts.Find(repositoryUrl, chart, version) is not { } archive)
        {
            return null;
        }

        var display = $"{chart}-{Path.GetFileNameWithoutExtension(archive)}.tgz";
        try
        {
            using var stream = File.OpenRead(archive);
            var files = ChartArchive.Read(stream, display, ChartLimits.Default, new ChartArchive.Budget(ChartLimits.Default), []);
            return files is null ? null : new RepositoryChart(display, files, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
