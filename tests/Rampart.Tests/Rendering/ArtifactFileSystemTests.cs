using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Rendering;

namespace Rampart.Tests.Rendering;

/// <summary>
/// Finding the entry points reads kustomizations and manifests that renders read again: kustomizations and small
/// files come from the artifact once, larger files each time. Shown by counting the files opened.
/// </summary>
public sealed class ArtifactFileSystemTests
{
    [Fact]
    public void Kustomizations_and_small_files_are_opened_once_and_larger_files_each_time_they_are_read()
    {
        var large = new string('#', ArtifactFileSystem.MaxKeptFileBytes + 1);
        var artifact = new CountingArtifact(new MemoryArtifact("repo", new Dictionary<string, byte[]>
        {
            ["app/kustomization.yaml"] = System.Text.Encoding.UTF8.GetBytes("resources:\n- deployment.yaml\n" + large),
            ["app/patch.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"u8.ToArray(),
            ["app/deployment.yaml"] = System.Text.Encoding.UTF8.GetBytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n" + large),
        }));
        var discovered = artifact.Discover(new DiscoveryOptions(), TestContext.Current.CancellationToken).OfType<DiscoveredFile>().ToList();
        var files = new ArtifactFileSystem(artifact, discovered);

        foreach (var path in new[] { "app/kustomization.yaml", "app/patch.yaml", "app/deployment.yaml" })
        {
            var first = files.ReadFile(path, out _);
            var second = files.ReadFile(path, out _);
            Assert.Equal(first, second);
        }

        Assert.Equal(1, artifact.Opened["app/kustomization.yaml"]);
        Assert.Equal(1, artifact.Opened["app/patch.yaml"]);
        Assert.Equal(2, artifact.Opened["app/deployment.yaml"]);
    }

    /// <summary>An artifact that counts, per file, how often it was opened.</summary>
    private sealed class CountingArtifact(IArtifact inner) : IArtifact
    {
        public Dictionary<string, int> Opened { get; } = [];

        public string Name => inner.Name;

        public string? Folder => inner.Folder;

        public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation) => inner.Discover(options, cancellation);

        public Stream Open(DiscoveredFile file)
        {
            Opened[file.RelativePath] = Opened.GetValueOrDefault(file.RelativePath) + 1;
            return inner.Open(file);
        }
    }
}
