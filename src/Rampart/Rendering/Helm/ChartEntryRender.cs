using Rampart.Findings;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Renders a chart of the repository for an entry point (a chart root, a HelmRelease) and turns the result into what
/// the render stage checks: objects with the line of every field, or the problems as findings. A chart that meets any
/// problem renders nothing, as Helm installs nothing then.
/// </summary>
public static class ChartEntryRender
{
    public static EntryPointRender Run(
        EntryPoint entryPoint, RepositoryChart chart, HelmRenderRequest request, IEnumerable<string> otherSources, IReadOnlyList<string> notChecked)
    {
        var result = HelmChartRender.Run(request with { ChartFiles = chart.Files, DisplayPath = chart.Folder.Length == 0 ? "." : chart.Folder });
        var findings = new List<Finding>();
        var sources = new SortedSet<string>(chart.SourceFiles.Concat(otherSources), StringComparer.Ordinal);
        foreach (var problem in result.Problems)
        {
            findings.Add(ChartRules.At(ChartRules.DoesNotRender, HelmObjects.InRepository(problem.Position.File), problem.Position.Line, problem.Message, problem.Position.Column));
        }

        if (findings.Count > 0)
        {
            return new EntryPointRender(entryPoint, [], findings, sources, notChecked);
        }

        var objects = HelmObjects.Convert(result.Manifests, chart.ChartYaml, request.Namespace, findings);
        return new EntryPointRender(entryPoint, findings.Count > 0 ? [] : objects, findings, sources, notChecked);
    }
}
