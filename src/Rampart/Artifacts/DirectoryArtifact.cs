using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>A folder of a repository (or one file of it), walked by <see cref="RepositoryWalker"/>.</summary>
public sealed class DirectoryArtifact : IArtifact
{
    /// <param name="path">A folder, or a single file, as the user named it.</param>
    public DirectoryArtifact(string path)
    {
        Name = path;
        Folder = Directory.Exists(path) || !File.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? path;
    }

    public string Name { get; }

    /// <summary>The folder scanned, or the folder of the file scanned.</summary>
    public string Folder { get; }

    string? IArtifact.Folder => Folder;

    public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation) =>
        new RepositoryWalker(options).Walk(Name, cancellation);

    public Stream Open(DiscoveredFile file) => ArtifactContent.OpenFile(file);
}
