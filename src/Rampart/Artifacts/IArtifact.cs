using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>
/// What a scan reads. A folder of a repository is one (<see cref="DirectoryArtifact"/>); files held in memory
/// (rendered output on standard input, a test) are another (<see cref="MemoryArtifact"/>); a container image, a
/// live cluster or one admission request are others to come. The pipeline asks an artifact only for its files
/// (classified, with the problems met finding them), for the bytes of one of them, and for objects it already
/// holds parsed: it never reads a path on its own.
/// </summary>
public interface IArtifact
{
    /// <summary>What reports name as the scan's target.</summary>
    string Name { get; }

    /// <summary>
    /// The folder on disk whose configuration, CODEOWNERS and git history belong to the artifact, or null when the
    /// artifact is not a folder of a repository.
    /// </summary>
    string? Folder { get; }

    /// <summary>The files of the artifact, classified, and the problems met looking for them. Never throws for what it finds.</summary>
    IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation);

    /// <summary>
    /// Opens a file <see cref="Discover"/> yielded, for reading from its start (the caller disposes it). Throws
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the file cannot be read.
    /// </summary>
    Stream Open(DiscoveredFile file);

    /// <summary>
    /// Objects the artifact holds already parsed (a cluster's objects, the object of an admission request), each
    /// with the admission attributes it is checked under. A folder has none: its objects are loaded from its files.
    /// </summary>
    IEnumerable<ArtifactObject> Objects => [];
}
