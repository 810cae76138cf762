using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>
/// Files held in memory, by relative path: rendered manifests read from a stream, or a test's repository. They are
/// classified as the walker classifies files on disk (without the places that only a folder gives, such as a
/// chart's <c>templates/</c>), in ordinal path order, and never touch the disk.
/// </summary>
public sealed class MemoryArtifact(string name, IReadOnlyDictionary<string, byte[]> files) : IArtifact
{
    /// <summary>The name of the one file of a stream (<see cref="OfStream"/>), as findings locate it: <c>&lt;stdin&gt;:12</c>.</summary>
    public const string StreamFileName = "<stdin>";

    public string Name { get; } = name;

    /// <summary>Whether the files are a stream's, read as YAML (or JSON, by its content) whatever their name says.</summary>
    private bool IsStream { get; init; }

    /// <summary>
    /// The manifests of a stream (<c>helm template … | rampart scan -</c>) as one file, <see cref="StreamFileName"/>;
    /// an empty stream is no file at all.
    /// </summary>
    public static MemoryArtifact OfStream(byte[] content) =>
        new(StreamFileName, content.Length == 0 ? new Dictionary<string, byte[]>() : new Dictionary<string, byte[]> { [StreamFileName] = content })
        {
            IsStream = true,
        };

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
            // A stream has no name to tell its format: it is read as a YAML file is (JSON content is recognised as such).
            var verdict = FileClassifier.Classify(IsStream ? "stream.yaml" : path, head, head.Length == content.Length, Placement.None);
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
