namespace Rampart.Rendering.Kustomize.Files;

/// <summary>
/// A file system that shows another one, the repository a scan reads, perhaps with a few paths of its own (a
/// kustomization held in memory) and remembering the files read through it. Builds through views of the same
/// repository share the builds of their bases (<see cref="KustomizeBaseCache"/>) wherever a base reads none of the
/// view's own paths.
/// </summary>
public interface IKustomizeFileSystemView : IKustomizeFileSystem
{
    /// <summary>The file system shown.</summary>
    IKustomizeFileSystem Repository { get; }

    /// <summary>Whether <paramref name="path"/> answers here otherwise than in <see cref="Repository"/>.</summary>
    bool HasOwn(string path);

    /// <summary>Whether some path answers here otherwise than in <see cref="Repository"/> (false lets a check be skipped).</summary>
    bool HasOwnPaths { get; }

    /// <summary>Remembers that <paramref name="path"/>, a file of the repository, was read for this view by a build shared with another.</summary>
    void Record(string path);
}
