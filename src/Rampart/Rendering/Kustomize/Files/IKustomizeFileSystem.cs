namespace Rampart.Rendering.Kustomize.Files;

/// <summary>
/// The files a build reads: a folder of a repository confined to its root (<see cref="FolderFileSystem"/>) or
/// files held in memory (<see cref="MemoryFileSystem"/>). Paths are relative to the root, with forward slashes and
/// no <c>.</c> or <c>..</c> segments (<see cref="KustomizePaths.Join"/> makes them); the root is <c>""</c>.
/// Implementations never throw for what they find: a missing or unreadable file is an answer.
/// </summary>
public interface IKustomizeFileSystem
{
    /// <summary>What <paramref name="path"/> names, after following symbolic links that stay inside the root.</summary>
    EntryKind Kind(string path);

    /// <summary>
    /// Where <paramref name="path"/> really is once symbolic links are followed, relative to the root; null when that
    /// is outside the root (a link out of the repository) or the path does not exist.
    /// </summary>
    string? RealPath(string path);

    /// <summary>The bytes of a file, or null with the reason it cannot be read.</summary>
    byte[]? ReadFile(string path, out string? error);
}
