using System.Text;
using Rampart.Loading;
using Rampart.Rendering.Charts;
using Rampart.Rendering.Helm;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// A Helm source, rendered as Argo CD runs <c>helm template</c>: release <c>helm.releaseName</c> (else the
/// application's name) in <c>spec.destination.namespace</c>, <c>helm.valueFiles</c> relative to the chart's folder
/// (<c>$ref/path</c> from the repository's root), then <c>values</c>/<c>valuesObject</c>, then <c>parameters</c>.
/// A chart of this repository is read from its folder; a chart of a Helm repository from the chart cache.
/// </summary>
internal sealed class ArgoHelmRender(ChartCache? cache)
{
    public void RenderFromRepository(string repository, string chart, string version, MappingNode source, RenderInputs inputs, ArgoRenderSink sink)
    {
        if (cache?.Find(repository, chart, version) is not { } archive)
        {
            sink.Skip($"the chart '{chart}' {version} from {repository} is not in the chart cache (rampart charts pull {repository} {chart} --version {version})");
            return;
        }

        Render(archive, $"{chart}-{Path.GetFileNameWithoutExtension(archive)}.tgz", null, source, inputs, sink);
    }

    public static void RenderFromFolder(string folder, MappingNode source, RenderInputs inputs, ArgoRenderSink sink)
    {
        var chartYaml = KustomizePaths.Join(folder, "Chart.yaml");
        if (inputs.Discovered.FirstOrDefault(f => f.RelativePath == chartYaml) is not { } found)
        {
            sink.Skip($"the chart at '{KustomizePaths.Show(folder)}' has no Chart.yaml among the files scanned, so it is not rendered");
            return;
        }

        Render(Path.GetDirectoryName(found.FullPath)!, KustomizePaths.Show(folder), folder, source, inputs, sink);
    }

    private static void Render(string chartPath, string display, string? folder, MappingNode source, RenderInputs inputs, ArgoRenderSink sink)
    {
        var application = sink.Application;
        var helm = ArgoFields.Map(source, "helm");
        var fileText = inputs.Files.ReadFile(application.File, out _) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        var files = ValueFiles(helm, folder, inputs, sink);
        var (inline, set) = ArgoHelmValues.Of(helm, application, fileText);
        var ns = application.DestinationNamespace?.Text ?? "default";
        var request = new HelmRenderRequest(chartPath)
        {
            DisplayPath = display,
            ReleaseName = ArgoFields.Text(helm, "releaseName") is { Length: > 0 } release ? release : application.Name,
            Namespace = ns,
            InlineValues = [.. files, .. inline],
            Set = set,
        };
        var result = HelmChartRender.Run(request);
        foreach (var problem in result.Problems)
        {
            sink.Findings.Add(ArgoRenderSink.InvalidAt(problem.Position.File, problem.Position.Line,
                $"Argo CD application {application.DisplayName}: the chart '{display}' does not render: {problem.Message}"));
        }

        if (result.Problems.Count > 0)
        {
            return;
        }

        var chartFile = folder is null ? display : KustomizePaths.Join(folder, "Chart.yaml")!;
        foreach (var rendered in HelmObjects.Convert(result.Manifests, chartFile, ns, sink.Findings))
        {
            sink.Objects.Add(rendered with { Chain = [application.File, .. rendered.Chain] });
        }

        if (folder is not null)
        {
            var prefix = folder.Length == 0 ? "" : folder + "/";
            sink.SourceFiles.UnionWith(inputs.Discovered.Select(f => f.RelativePath).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)));
        }
    }

    /// <summary>The values files as inline texts (read through the repository's files), in order; a missing one is a finding unless ignoreMissingValueFiles.</summary>
    private static List<(string Yaml, string DisplayPath)> ValueFiles(MappingNode? helm, string? folder, RenderInputs inputs, ArgoRenderSink sink)
    {
        var result = new List<(string, string)>();
        var ignoreMissing = ArgoFields.Flag(helm, "ignoreMissingValueFiles");
        foreach (var item in ArgoFields.Items(helm, "valueFiles").OfType<ScalarNode>())
        {
            var name = item.Text;
            if (name.Contains("://", StringComparison.Ordinal))
            {
                sink.Skip($"the values file '{name}' is not in this repository, so it is not applied");
                continue;
            }

            string? path;
            if (name.StartsWith('$'))
            {
                var slash = name.IndexOf('/', StringComparison.Ordinal);
                path = slash < 0 ? null : KustomizePaths.Normalize(name[(slash + 1)..]);
            }
            else if (folder is null)
            {
                sink.Skip($"the values file '{name}' lies inside a chart from a Helm repository, which is not read");
                continue;
            }
            else
            {
                path = KustomizePaths.Join(folder, name);
            }

            if (path is not null && inputs.Files.ReadFile(path, out _) is { } bytes)
            {
                sink.SourceFiles.Add(path);
                result.Add((Encoding.UTF8.GetString(bytes), path));
            }
            else if (!ignoreMissing)
            {
                sink.Invalid(item.Start.Line, $"the values file '{name}' does not exist in this repository");
            }
        }

        return result;
    }
}
