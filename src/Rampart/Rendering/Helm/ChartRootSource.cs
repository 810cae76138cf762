using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Charts of the repository as entry points: every folder holding a <c>Chart.yaml</c> that is not a dependency inside
/// another chart's <c>charts/</c> folder, rendered with its own values as <c>helm template</c> renders it (release
/// <see cref="ReleaseName"/> in namespace <see cref="Namespace"/>).
/// </summary>
public sealed class ChartRootSource : IEntryPointSource
{
    /// <summary>The release name a chart root is rendered under: <c>helm template</c>'s default.</summary>
    public const string ReleaseName = "release-name";

    /// <summary>The namespace a chart root is rendered in: <c>helm template</c>'s default.</summary>
    public const string Namespace = "default";

    public IReadOnlySet<string> ContextKinds { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in inputs.Discovered)
        {
            if (RepositoryChart.IsFolderOf(file.RelativePath, "Chart.yaml", out var folder))
            {
                folders.Add(folder);
            }
        }

        return [.. folders.Where(f => !IsDependency(f, folders)).Select(f => new EntryPoint(EntryPointKind.Chart, RepositoryChart.Under(f, "Chart.yaml"), 1, KustomizePaths.Show(f), KustomizePaths.Show(f)))];
    }

    public EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        var folder = entryPoint.Folder == "." ? "" : entryPoint.Folder;
        if (RepositoryChart.Read(inputs, folder) is not { } chart)
        {
            var finding = ChartRules.At(ChartRules.DoesNotRender, entryPoint.File, 0, "Chart.yaml file is missing");
            return new EntryPointRender(entryPoint, [], [finding], [], []);
        }

        var request = new HelmRenderRequest(folder) { ReleaseName = ReleaseName, Namespace = Namespace };
        return ChartEntryRender.Run(entryPoint, chart, request, [], []);
    }

    /// <summary>Whether <paramref name="folder"/> is inside the <c>charts/</c> folder of another chart.</summary>
    private static bool IsDependency(string folder, SortedSet<string> charts) =>
        charts.Any(c => folder.StartsWith(RepositoryChart.Under(c, "charts/"), StringComparison.Ordinal));
}
