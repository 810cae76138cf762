namespace Rampart.Rendering.Kustomize.Files;

/// <summary>What a path of a <see cref="IKustomizeFileSystem"/> names.</summary>
public enum EntryKind
{
    None,
    File,
    Directory,

    /// <summary>The path exists but leads outside the root (a symbolic link out of it): it is never read.</summary>
    Outside,
}
