using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Rendering;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Tests.Rendering.Argo;

/// <summary>A repository held in memory for the Argo CD sources: its files and the discovery list of them.</summary>
internal sealed class ArgoRepository
{
    private readonly MemoryFileSystem files = new();
    private readonly List<DiscoveredFile> discovered = [];

    public ArgoRepository File(string path, string text)
    {
        files.Add(path, text);
        discovered.Add(new DiscoveredFile(path, "/repo/" + path, text.Length, FileKind.KubernetesManifest));
        return this;
    }

    public RenderInputs Inputs => new(files, discovered, ScanIndex.Empty);
}
