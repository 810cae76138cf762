using Rampart.Rendering.Charts;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// Argo CD entry points: every <c>Application</c> (argoproj.io) of the repository, and every application an
/// <c>ApplicationSet</c>'s <c>list</c> or <c>git</c> directories generators make. Charts from Helm repositories are
/// looked up in <paramref name="charts"/> when given.
/// </summary>
public sealed class ArgoApplicationSource(ChartCache? charts = null) : IEntryPointSource
{
    /// <summary>Where charts from Helm repositories are looked up; null when there is no cache.</summary>
    public ChartCache? Charts { get; } = charts;

    private readonly ArgoHelmRender helm = new(charts);

    public IReadOnlySet<string> ContextKinds { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation)
    {
        var found = new List<EntryPoint>();
        foreach (var file in ArgoDocuments.Candidates(inputs))
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var item in ArgoDocuments.Read(file.RelativePath, inputs, "Application"))
            {
                if (ArgoDocuments.Application(item) is { } application)
                {
                    found.Add(EntryPointOf(EntryPointKind.ArgoApplication, application));
                }
            }

            foreach (var item in ArgoDocuments.Read(file.RelativePath, inputs, "ApplicationSet"))
            {
                var generated = ArgoApplicationSet.Generate(item, inputs);
                found.AddRange(generated.Applications.Select(a => EntryPointOf(EntryPointKind.ArgoApplicationSet, a)));
                if (generated.Problems.Count > 0 || generated.NotChecked.Count > 0)
                {
                    found.Add(new EntryPoint(EntryPointKind.ArgoApplicationSet, item.Path, item.Root.Start.Line, SetName(item), "."));
                }
            }
        }

        return found;
    }

    public EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        if (entryPoint.Kind == EntryPointKind.ArgoApplication)
        {
            var application = ArgoDocuments.Read(entryPoint.File, inputs, "Application")
                .Where(i => i.Root.Start.Line == entryPoint.Line)
                .Select(ArgoDocuments.Application)
                .FirstOrDefault(a => a is not null);
            return application is null ? Missing(entryPoint) : ArgoApplicationRender.Render(entryPoint, application, inputs, helm);
        }

        foreach (var item in ArgoDocuments.Read(entryPoint.File, inputs, "ApplicationSet").Where(i => i.Root.Start.Line == entryPoint.Line))
        {
            var generated = ArgoApplicationSet.Generate(item, inputs);
            if (generated.Applications.FirstOrDefault(a => a.DisplayName == entryPoint.Name) is { } application)
            {
                return ArgoApplicationRender.Render(entryPoint, application, inputs, helm);
            }

            if (SetName(item) == entryPoint.Name)
            {
                return Generation(entryPoint, generated);
            }
        }

        return Missing(entryPoint);
    }

    /// <summary>The ApplicationSet itself as an entry point: what it could not generate, so that the coverage summary says it.</summary>
    private static EntryPointRender Generation(EntryPoint entryPoint, ArgoGenerated generated) =>
        new(entryPoint, [], [.. generated.Problems.Select(p => ArgoRenderSink.InvalidAt(entryPoint.File, p.Line, p.Message))], new HashSet<string>(), generated.NotChecked);

    private static string SetName(Rampart.Kubernetes.KubernetesObject item) =>
        item.Namespace is null ? item.Name ?? "" : item.Namespace + "/" + item.Name;

    private static EntryPoint EntryPointOf(EntryPointKind kind, ArgoApplication application)
    {
        var folder = application.Sources.Select(s => ArgoFields.Text(s, "path")).FirstOrDefault(p => p is not null);
        var normal = folder is null ? null : KustomizePaths.Normalize(folder.TrimEnd('/'));
        return new EntryPoint(kind, application.File, application.Line, application.DisplayName, KustomizePaths.Show(normal ?? ""));
    }

    private static EntryPointRender Missing(EntryPoint entryPoint) =>
        new(entryPoint, [], [], new HashSet<string>(), [$"Argo CD application {entryPoint.Name} ({entryPoint.File}) is no longer where it was found"]);
}
