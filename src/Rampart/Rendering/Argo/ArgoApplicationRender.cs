using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// Renders an Argo CD application: each source whose <c>path</c> is a folder of this repository (Argo CD cannot
/// tell which URL is this repository's, so the folder's presence decides, whatever the <c>repoURL</c>), as a Helm
/// chart, a Kustomize build or a plain directory, the way Argo CD picks the type; a chart from a Helm repository
/// when the chart cache holds it. <c>spec.destination.namespace</c> then applies to every object.
/// </summary>
internal static class ArgoApplicationRender
{
    private static readonly string[] SourceTypes = ["helm", "kustomize", "directory", "plugin"];

    public static EntryPointRender Render(EntryPoint entryPoint, ArgoApplication application, RenderInputs inputs, ArgoHelmRender helm)
    {
        var sink = new ArgoRenderSink(application);
        var sources = application.Sources;
        if (sources.Count == 0)
        {
            sink.Invalid(application.Line, "it has neither spec.source nor spec.sources");
        }

        foreach (var source in sources)
        {
            RenderSource(source, inputs, sink, helm);
        }

        var objects = sink.Objects;
        if (application.DestinationNamespace is { } destination)
        {
            var origin = new NodeOrigin(application.File);
            objects = [.. objects.Select(o => ArgoNamespace.Apply(o, destination, origin))];
        }

        return new EntryPointRender(entryPoint, objects, sink.Findings, sink.SourceFiles, sink.NotChecked);
    }

    private static void RenderSource(MappingNode source, RenderInputs inputs, ArgoRenderSink sink, ArgoHelmRender helm)
    {
        var repository = ArgoFields.Text(source, "repoURL") ?? "";
        if (ArgoFields.Text(source, "chart") is { Length: > 0 } chart)
        {
            var version = ArgoFields.Text(source, "targetRevision") ?? "";
            helm.RenderFromRepository(repository, chart, version, source, inputs, sink);
            return;
        }

        if (ArgoFields.Text(source, "path") is not { } path)
        {
            if (ArgoFields.Text(source, "ref") is null)
            {
                sink.Invalid(source.Start.Line, "a source has neither path nor chart");
            }

            return;
        }

        var folder = KustomizePaths.Normalize(path.TrimEnd('/'));
        if (folder is null)
        {
            sink.Invalid(ArgoFields.Line(source, "path"), $"the path '{path}' leads outside the repository");
            return;
        }

        if (inputs.Files.Kind(folder) != EntryKind.Directory)
        {
            sink.Skip($"the path '{path}' of {(repository.Length == 0 ? "its source" : repository)} is not a folder of this repository, so it is taken for another repository's");
            return;
        }

        var types = SourceTypes.Where(t => source[t] is MappingNode).ToList();
        if (types.Count > 1)
        {
            sink.Invalid(source.Start.Line, $"a source sets {string.Join(" and ", types)}: Argo CD accepts one type per source");
            return;
        }

        var type = types.Count == 1 ? types[0] : Detect(folder, inputs.Files);
        switch (type)
        {
            case "plugin":
                sink.Skip($"the source '{path}' uses a config management plugin, which is not run");
                break;
            case "helm":
                ArgoHelmRender.RenderFromFolder(folder, source, inputs, sink);
                break;
            case "kustomize":
                ArgoKustomize.Render(folder, source, inputs, sink);
                break;
            default:
                ArgoDirectory.Render(folder, source, inputs, sink);
                break;
        }
    }

    /// <summary>How Argo CD tells a source's type when the Application does not say: a chart, a kustomization, else a directory.</summary>
    private static string Detect(string folder, IKustomizeFileSystem files)
    {
        bool Has(string name) => KustomizePaths.Join(folder, name) is { } p && files.Kind(p) == EntryKind.File;
        return Has("Chart.yaml") ? "helm"
            : Has("kustomization.yaml") || Has("kustomization.yml") || Has("Kustomization") ? "kustomize"
            : "directory";
    }
}
