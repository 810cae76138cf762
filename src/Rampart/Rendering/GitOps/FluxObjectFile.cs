using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Renders the Flux <c>Kustomization</c> and <c>HelmRelease</c> objects of one file of a repository on disk, as the
/// scan's render stage would: the repository walked as discovery walks it, its objects of the kinds the sources need
/// indexed. For <c>rampart render FILE</c>.
/// </summary>
public static class FluxObjectFile
{
    /// <summary>Whether the file holds a Flux Kustomization or HelmRelease (the file is read; a broken one holds none).</summary>
    public static bool HoldsFluxObjects(string file) => Objects(File.Exists(file) ? file : "", file).Any(IsEntryPoint);

    /// <summary>What each Flux object of <paramref name="relativeFile"/> (relative to <paramref name="root"/>) renders to, in file order.</summary>
    public static IReadOnlyList<EntryPointRender> Render(string root, string relativeFile, CancellationToken cancellation)
    {
        var files = new FolderFileSystem(root);
        var discovered = new RepositoryWalker().Walk(root, cancellation).OfType<DiscoveredFile>().ToList();
        IEntryPointSource[] sources = [new FluxKustomizationSource(), new FluxHelmReleaseSource()];
        var kinds = new HashSet<string>(sources.SelectMany(s => s.ContextKinds), StringComparer.Ordinal);
        var objects = discovered
            .Where(f => f.RelativePath.EndsWith(".yaml", StringComparison.Ordinal) || f.RelativePath.EndsWith(".yml", StringComparison.Ordinal))
            .SelectMany(f => Objects(f.FullPath, f.RelativePath))
            .Where(o => kinds.Contains(o.Kind))
            .ToList();
        var inputs = new RenderInputs(files, discovered, ScanIndex.Of(objects));
        var renders = new List<EntryPointRender>();
        foreach (var source in sources)
        {
            foreach (var entryPoint in source.Find(inputs, cancellation).Where(e => e.File == relativeFile))
            {
                renders.Add(source.Render(entryPoint, inputs, cancellation));
            }
        }

        return [.. renders.OrderBy(r => r.EntryPoint.Line)];
    }

    private static bool IsEntryPoint(KubernetesObject o) =>
        FluxSpec.IsFlux(o, FluxKustomizationSource.Group, "Kustomization") || FluxSpec.IsFlux(o, FluxHelmReleaseSource.Group, "HelmRelease");

    private static IEnumerable<KubernetesObject> Objects(string fullPath, string relative)
    {
        if (fullPath.Length == 0)
        {
            yield break;
        }

        foreach (var document in new YamlLoader().LoadFile(relative, fullPath))
        {
            foreach (var o in ObjectReader.Read(document, isManifest: false).Objects)
            {
                yield return o;
            }
        }
    }
}
