using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>
/// Files held in memory, by relative path: rendered manifests read from a stream, or a test's repository. They are
/// classified as the walker classifies files on disk (without the places that only a folder gives, such as a
/// chart's <c>templates/</c>), in ordinal path order, and never touch the disk.
/// </summary>
public sealed class MemoryArtifact(string name, IReadOnlyDictionary<string, byte[]> files) : IArtifact
{
    public string Name { get; } = name;

    public string? Folder => null;

    public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation)
    {
        foreach (var (path, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            if (content.LongLength > options.MaxFileBytes)
            {
                yield return DiscoveryFindings.Problem(DiscoveryFindings.FileTooLarge, path,
                    $"not scanned: {content.LongLength - options.MaxFileBytes} bytes over limit ({content.LongLength} bytes, limit {options.MaxFileBytes})");
                continue;
            }

            var head = content.AsSpan(0, (int)Math.Min(content.Length, options.SniffBytes));
            var verdict = FileClassifier.Classify(path, head, head.Length == content.Length, Placement.None);
            yield return new DiscoveredFile(path, path, content.LongLength, verdict.Kind)
            {
                Format = verdict.Format,
                NotRenderedReason = verdict.NotRenderedReason,
                Ecosystem = verdict.Ecosystem,
                Chart = verdict.Chart,
            };
        }
    }

    public Stream Open(DiscoveredFile file) =>
        files.TryGetValue(file.RelativePath, out var content)
            ? new MemoryStream(content, writable: false)
            : throw new FileNotFoundException($"'{file.RelativePath}' is not a file of {Name}");
}
