namespace Rampart.Rendering.Kustomize.Files;

/// <summary>Files held in memory by path (tests, files a host already read); folders are implied by the paths.</summary>
public sealed class MemoryFileSystem : IKustomizeFileSystem
{
    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal) { "" };

    public MemoryFileSystem()
    {
    }

    public MemoryFileSystem(IEnumerable<KeyValuePair<string, string>> textFiles)
    {
        foreach (var (path, text) in textFiles)
        {
            Add(path, text);
        }
    }

    /// <summary>Adds (or replaces) a text file, stored as UTF-8.</summary>
    public MemoryFileSystem Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    public MemoryFileSystem Add(string path, byte[] content)
    {
        var normal = KustomizePaths.Normalize(path) ?? throw new ArgumentException($"'{path}' leaves the root", nameof(path));
        files[normal] = content;
        for (var folder = KustomizePaths.Directory(normal); folders.Add(folder) && folder.Length > 0; folder = KustomizePaths.Directory(folder))
        {
        }

        return this;
    }

    /// <summary>Adds an empty folder.</summary>
    public MemoryFileSystem AddFolder(string path)
    {
        var normal = KustomizePaths.Normalize(path) ?? throw new ArgumentException($"'{path}' leaves the root", nameof(path));
        for (var folder = normal; folders.Add(folder) && folder.Length > 0; folder = KustomizePaths.Directory(folder))
        {
        }

        return this;
    }

    public EntryKind Kind(string path) =>
        files.ContainsKey(path) ? EntryKind.File : folders.Contains(path) ? EntryKind.Directory : EntryKind.None;

    public string? RealPath(string path) => Kind(path) == EntryKind.None ? null : path;

    public byte[]? ReadFile(string path, out string? error)
    {
        if (files.TryGetValue(path, out var content))
        {
            error = null;
            return content;
        }

        error = folders.Contains(path) ? "it is a folder" : "no such file";
        return null;
    }
}
