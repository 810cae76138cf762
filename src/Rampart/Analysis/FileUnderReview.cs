using Rampart.Artifacts;
using Rampart.Discovery;

namespace Rampart.Analysis;

/// <summary>
/// A file handed to the file analyzers: what discovery made of it, and its content, read from the artifact only
/// when asked for — as a stream for files too large to hold, or as bytes read once and shared by every analyzer.
/// </summary>
public sealed class FileUnderReview(DiscoveredFile file, Func<Stream> open, Func<string, Stream?>? openNeighbour = null)
{
    private ArraySegment<byte>? content;

    /// <summary>A file whose content was read already (its first read, <see cref="FirstRead"/>): shared by every analyzer of the file, while they run.</summary>
    internal FileUnderReview(DiscoveredFile file, ArraySegment<byte> content, Func<Stream> open, Func<string, Stream?>? openNeighbour)
        : this(file, open, openNeighbour)
    {
        this.content = content;
    }

    public DiscoveredFile File { get; } = file;

    /// <summary>The path relative to the scan root, with forward slashes, as findings name it.</summary>
    public string Path => File.RelativePath;

    /// <summary>Whether <see cref="Content"/> was read already (by the loader, or another analyzer): reading it again costs nothing.</summary>
    public bool IsRead => content is not null;

    /// <summary>Opens the file from its start; the caller disposes the stream.</summary>
    public Stream OpenRead() => open();

    /// <summary>
    /// Opens the file of this name in the same folder (Go's <c>go.sum</c> beside a <c>go.mod</c>), when the scan reads it
    /// too (an analyzer asked for it); null when there is none. The caller disposes the stream.
    /// </summary>
    public Stream? OpenNeighbour(string name) => openNeighbour?.Invoke(name);

    /// <summary>
    /// The whole content, read once (discovery has already kept files over the size limit out). Throws
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the file cannot be read.
    /// </summary>
    public ReadOnlyMemory<byte> Content()
    {
        if (content is null)
        {
            using var stream = open();
            content = ArtifactContent.ReadAll(stream, File.Size);
        }

        return content.Value;
    }

    /// <summary>A stream over <see cref="Content"/>, read once for every reader of the file.</summary>
    internal Stream OpenContent()
    {
        Content();
        var bytes = content!.Value;
        return new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
    }
}
