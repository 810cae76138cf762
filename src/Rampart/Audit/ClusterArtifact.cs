using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Admission;

namespace Rampart.Audit;

/// <summary>The live objects of a cluster as an artifact: no files, only objects held parsed, each checked as a CREATE (as a scan checks a manifest).</summary>
public sealed class ClusterArtifact(string name, IReadOnlyList<KubernetesObject> objects) : IArtifact
{
    public string Name { get; } = name;

    public string? Folder => null;

    public IEnumerable<ArtifactObject> Objects => objects.Select(o => new ArtifactObject(o, AdmissionAttributes.Scan));

    public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation) => [];

    public Stream Open(DiscoveredFile file) => throw new FileNotFoundException($"'{file.RelativePath}' is not a file of {Name}: a cluster has only objects");
}
