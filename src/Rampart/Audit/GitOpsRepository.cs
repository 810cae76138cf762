using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Scanning;

namespace Rampart.Audit;

/// <summary>
/// Reads a GitOps repository the way <c>rampart scan</c> does (the same walk, limits and render stage): every Flux
/// Kustomization and HelmRelease and every Argo CD application with the objects it renders, each at the file and line
/// that set it (a base, a chart template), and, when asked, the objects of a kind its manifests define as written.
/// </summary>
internal static class GitOpsRepository
{
    /// <returns>The deployers with what they render, and a look-up of the objects of one kind the manifests define as
    /// written (read only when a trace needs it, through <see cref="RepositoryObjects"/>, each kind once).</returns>
    public static (IReadOnlyList<Deployer> Deployers, Func<string, IReadOnlyList<DeployedObject>> Defined) Read(string root, RampartConfig config, CancellationToken cancellation)
    {
        var artifact = new DirectoryArtifact(root);
        var discovery = ScanSettings.DiscoveryOf(config.Limits);
        var discovered = new DiscoveryStage(artifact, discovery).Run(cancellation);
        var loader = new YamlLoader(LoadLimits.Default with { MaxFileBytes = discovery.MaxFileBytes });
        var manifests = discovered.Files.Where(AnalysisStage.IsLoaded).ToList();
        var sources = EntryPointSources.Deployers(null);
        var kinds = sources.SelectMany(s => s.ContextKinds).ToHashSet(StringComparer.Ordinal);
        var parallelism = Environment.ProcessorCount;
        var inventory = new InventoryStage(artifact, loader, parallelism).Run(manifests, kinds, [], cancellation);
        var inputs = new RenderInputs(new ArtifactFileSystem(artifact, discovered.Files), discovered.Files, inventory);

        var deployers = new List<Deployer>();
        new RenderStage(sources, config.Render, parallelism).Run(
            inputs,
            (_, renders) =>
            {
                deployers.AddRange(renders.Select(r => new Deployer(r.EntryPoint, [.. r.Objects.Select(Rendered)])));
                return null;
            },
            cancellation);

        var byKind = new Dictionary<string, IReadOnlyList<DeployedObject>>(StringComparer.Ordinal);
        IReadOnlyList<DeployedObject> Defined(string kind)
        {
            if (!byKind.TryGetValue(kind, out var found))
            {
                byKind[kind] = found = [.. RepositoryObjects.Load(inputs.Files, discovered.Files, inventory, [kind]).Objects
                    .Select(o => new DeployedObject(o.Kind, o.Namespace, o.Name, o.Path, o.Root.Start.Line))];
            }

            return found;
        }

        return (deployers, Defined);
    }

    /// <summary>A rendered object at the file and line of its root (the base or template that defines it), as a finding on it would be.</summary>
    private static DeployedObject Rendered(RenderedObject rendered) =>
        new(rendered.Resource.Kind, rendered.Resource.Namespace, rendered.Resource.Name, rendered.Root.Origin?.Path ?? rendered.Source, rendered.Root.Start.Line);
}
