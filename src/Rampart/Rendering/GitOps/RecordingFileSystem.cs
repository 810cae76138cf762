using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The repository's files as a Flux build sees them: the files themselves, plus the kustomization Flux generates for a
/// folder that has none and the one its own kustomize fields make (<see cref="FluxOverlay"/>); every file read is
/// recorded, so that the render can say which files it used.
/// </summary>
internal sealed class RecordingFileSystem(IKustomizeFileSystem inner) : IKustomizeFileSystemView
{
    private readonly Dictionary<string, byte[]> generated = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);

    /// <summary>The repository files read so far (generated files aside).</summary>
    public SortedSet<string> Read { get; } = new(StringComparer.Ordinal);

    public void Generate(string path, string text)
    {
        generated[path] = System.Text.Encoding.UTF8.GetBytes(text);
        for (var folder = KustomizePaths.Directory(path); folders.Add(folder) && folder.Length > 0; folder = KustomizePaths.Directory(folder))
        {
        }
    }

    public IKustomizeFileSystem Repository => inner;

    public bool HasOwnPaths => generated.Count > 0;

    public bool HasOwn(string path) => generated.ContainsKey(path) || (folders.Contains(path) && inner.Kind(path) == EntryKind.None);

    public void Record(string path) => Read.Add(path);

    public EntryKind Kind(string path) => generated.ContainsKey(path) ? EntryKind.File : inner.Kind(path) switch
    {
        EntryKind.None when folders.Contains(path) => EntryKind.Directory,
        var kind => kind,
    };

    public string? RealPath(string path) => HasOwn(path) ? path : inner.RealPath(path);

    public byte[]? ReadFile(string path, out string? error)
    {
        if (generated.TryGetValue(path, out var text))
        {
            error = null;
            return text;
        }

        var data = inner.ReadFile(path, out error);
        if (data is not null)
        {
            Read.Add(path);
        }

        return data;
    }
}
