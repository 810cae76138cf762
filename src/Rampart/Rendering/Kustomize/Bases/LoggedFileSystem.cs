using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Kustomize.Bases;

/// <summary>
/// Passes every call to the files of a build and notes, in order, each path asked about and each file read, so that
/// the build of a base can say what it depended on (<see cref="BaseBuild"/>). One per build: not thread-safe.
/// </summary>
internal sealed class LoggedFileSystem(IKustomizeFileSystem inner) : IKustomizeFileSystem
{
    /// <summary>Every path asked about (kind, real path or content), in order, with repeats.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Every file read with success, in order, with repeats.</summary>
    public List<string> Read { get; } = [];

    public EntryKind Kind(string path)
    {
        Asked.Add(path);
        return inner.Kind(path);
    }

    public string? RealPath(string path)
    {
        Asked.Add(path);
        return inner.RealPath(path);
    }

    public byte[]? ReadFile(string path, out string? error)
    {
        Asked.Add(path);
        var content = inner.ReadFile(path, out error);
        if (content is not null)
        {
            Read.Add(path);
        }

        return content;
    }

    /// <summary>Notes what a shared build of a base asked and read, and has the view remember the files as read.</summary>
    public void Replay(IReadOnlyCollection<string> asked, IReadOnlyList<string> read)
    {
        Asked.AddRange(asked);
        Read.AddRange(read);
        if (inner is IKustomizeFileSystemView view)
        {
            foreach (var path in read)
            {
                view.Record(path);
            }
        }
    }
}
