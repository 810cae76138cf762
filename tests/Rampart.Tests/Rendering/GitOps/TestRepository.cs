using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Tests.Rendering.GitOps;

/// <summary>A repository held in memory for entry-point sources: its files, what discovery finds, and an index of its objects.</summary>
internal sealed class TestRepository
{
    private readonly MemoryFileSystem files = new();
    private readonly List<(string Path, string Text)> added = [];

    public TestRepository File(string path, string text)
    {
        files.Add(path, text);
        added.Add((path, text));
        return this;
    }

    /// <summary>The inputs a source sees, its index holding the objects of <paramref name="source"/>'s context kinds.</summary>
    public RenderInputs Inputs(IEntryPointSource source)
    {
        var loader = new YamlLoader();
        var objects = new List<KubernetesObject>();
        foreach (var (path, text) in added.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            foreach (var document in loader.Load(path, text))
            {
                objects.AddRange(ObjectReader.Read(document, isManifest: false).Objects.Where(o => source.ContextKinds.Contains(o.Kind)));
            }
        }

        var discovered = added.Select(f => new DiscoveredFile(f.Path, f.Path, f.Text.Length, FileKind.KubernetesManifest)).ToList();
        return new RenderInputs(files, discovered, ScanIndex.Of(objects));
    }

    /// <summary>Finds the source's entry points and renders the one declared in <paramref name="file"/>.</summary>
    public EntryPointRender Render(IEntryPointSource source, string file)
    {
        var inputs = Inputs(source);
        var entryPoint = Assert.Single(source.Find(inputs, TestContext.Current.CancellationToken), e => e.File == file);
        return source.Render(entryPoint, inputs, TestContext.Current.CancellationToken);
    }
}
