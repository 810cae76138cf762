using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>
/// The files of a scan as a render reads them: the files discovery found (what Flux or Argo CD would find in a clone:
/// ignored files are not there), read through the artifact, so a folder on disk and files held in memory render alike.
/// Folders are those that hold a discovered file. Kustomization files and small files are read from the artifact once
/// and kept (up to <see cref="MaxKeptBytes"/> in all): finding the entry points reads them, and renders read them again.
/// </summary>
public sealed class ArtifactFileSystem : IKustomizeFileSystem
{
    /// <summary>Files kept in memory, in all: finding the entry points reads each kustomization and manifest, renders read them again.</summary>
    public const long MaxKeptBytes = 4 << 20;

    /// <summary>Files up to this size are kept (a patch, a small manifest); larger ones only when they are kustomizations.</summary>
    public const int MaxKeptFileBytes = 4 << 10;

    private readonly IArtifact artifact;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> kept = new(StringComparer.Ordinal);
    private long keptBytes;
    private readonly Dictionary<string, DiscoveredFile> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal) { "" };

    public ArtifactFileSystem(IArtifact artifact, IEnumerable<DiscoveredFile> discovered)
    {
        this.artifact = artifact;
        foreach (var file in discovered)
        {
            if (KustomizePaths.Normalize(file.RelativePath) is not { Length: > 0 } path)
            {
                continue;
            }

            files[path] = file;
            for (var folder = KustomizePaths.Directory(path); folders.Add(folder) && folder.Length > 0; folder = KustomizePaths.Directory(folder))
            {
            }
        }
    }

    public EntryKind Kind(string path) =>
        files.ContainsKey(path) ? EntryKind.File : folders.Contains(path) ? EntryKind.Directory : EntryKind.None;

    public string? RealPath(string path) => Kind(path) == EntryKind.None ? null : path;

    public byte[]? ReadFile(string path, out string? error)
    {
        if (!files.TryGetValue(path, out var file))
        {
            error = folders.Contains(path) ? "it is a folder" : "no such file";
            return null;
        }

        try
        {
            error = null;
            if (kept.TryGetValue(path, out var known))
            {
                return known;
            }

            var content = artifact.ReadAll(file);
            if ((file.Kind == FileKind.Kustomization || content.Length <= MaxKeptFileBytes) && Interlocked.Add(ref keptBytes, content.Length) <= MaxKeptBytes)
            {
                kept.TryAdd(path, content);
            }

            return content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "it cannot be read: " + ReadFailures.Describe(e);
            return null;
        }
    }
}
