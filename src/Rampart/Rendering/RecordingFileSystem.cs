using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>
/// Passes every call to another file system and remembers the files read, so a render knows its
/// <see cref="EntryPointRender.SourceFiles"/> without the builder keeping a list. One per render: not thread-safe.
/// </summary>
public sealed class RecordingFileSystem(IKustomizeFileSystem inner) : IKustomizeFileSystemView
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>Every file read with success so far, relative to the root.</summary>
    public IReadOnlyCollection<string> Read => read;

    public IKustomizeFileSystem Repository => inner;

    public bool HasOwnPaths => false;

    public bool HasOwn(string path) => false;

    public void Record(string path) => read.Add(path);

    public EntryKind Kind(string path) => inner.Kind(path);

    public string? RealPath(string path) => inner.RealPath(path);

    public byte[]? ReadFile(string path, out string? error)
    {
        var content = inner.ReadFile(path, out error);
        if (content is not null)
        {
            read.Add(path);
        }

        return content;
    }
}
