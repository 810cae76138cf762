using System.Collections.Concurrent;
using Rampart.Artifacts;
using Rampart.Discovery;

namespace Rampart.Tests.Scanning;

/// <summary>An artifact that counts how often the scan opens each of its files.</summary>
internal sealed class CountingArtifact(IArtifact inner) : IArtifact
{
    public ConcurrentDictionary<string, int> Opens { get; } = new(StringComparer.Ordinal);

    public string Name => inner.Name;

    public string? Folder => inner.Folder;

    public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation) => inner.Discover(options, cancellation);

    public Stream Open(DiscoveredFile file)
    {
        Opens.AddOrUpdate(file.RelativePath, 1, (_, count) => count + 1);
        return inner.Open(file);
    }
}
