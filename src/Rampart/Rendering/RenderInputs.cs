using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>What entry-point sources read: the repository, confined to its root, the files discovery found, and the
/// scan's index (which holds the objects of the kinds the sources asked for, such as ConfigMaps for substitutions).</summary>
/// <param name="Files">The repository's files, confined to its root.</param>
/// <param name="Discovered">The files discovery found, with paths relative to the root.</param>
/// <param name="Index">The scan's index.</param>
public sealed record RenderInputs(IKustomizeFileSystem Files, IReadOnlyList<DiscoveredFile> Discovered, ScanIndex Index)
{
    private readonly Lazy<ScanIndex> dataObjects = new(() => RepositoryObjects.Load(Files, Discovered, Index, ["ConfigMap", "Secret"]), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bases of kustomizations built so far in this scan, shared by the builds of every entry point.</summary>
    public KustomizeBaseCache KustomizeBases { get; } = new(Files);

    /// <summary>The repository's ConfigMaps and Secrets, read from its files the first time a render asks for them (see <see cref="RepositoryObjects"/>).</summary>
    public ScanIndex DataObjects => dataObjects.Value;
}
