using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// The repository with some files added or replaced in memory (the kustomization Argo CD's options make, the
/// application's kustomization with the fields those options replace taken out), remembering which repository files
/// a build read.
/// </summary>
internal sealed class OverlayFileSystem(IKustomizeFileSystem inner, MemoryFileSystem extra) : IKustomizeFileSystemView
{
    /// <summary>The repository files read (not the ones held in memory).</summary>
    public HashSet<string> Read { get; } = new(StringComparer.Ordinal);

    public IKustomizeFileSystem Repository => inner;

    public bool HasOwnPaths => true;

    public bool HasOwn(string path) => extra.Kind(path) switch
    {
        EntryKind.File => true,
        EntryKind.Directory => inner.Kind(path) == EntryKind.None,
        _ => false,
    };

    public void Record(string path) => Read.Add(path);

    public EntryKind Kind(string path)
    {
        var added = extra.Kind(path);
        if (added == EntryKind.File)
        {
            return added;
        }

        var real = inner.Kind(path);
        return real == EntryKind.None ? added : real;
    }

    public string? RealPath(string path) =>
        extra.Kind(path) == EntryKind.File || (extra.Kind(path) == EntryKind.Directory && inner.Kind(path) == EntryKind.None)
            ? path
            : inner.RealPath(path);

    public byte[]? ReadFile(string path, out string? error)
    {
        if (extra.Kind(path) == EntryKind.File)
        {
            Read.Add(path);
            return extra.ReadFile(path, out error);
        }

        var bytes = inner.ReadFile(path, out error);
        if (bytes is not null)
        {
            Read.Add(path);
        }

        return bytes;
    }
}
