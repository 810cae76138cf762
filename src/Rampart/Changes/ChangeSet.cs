namespace Rampart.Changes;

/// <summary>
/// The files that differ between a base revision and the working tree: added (including untracked files
/// git does not ignore), modified and deleted, as relative paths with forward slashes.
/// </summary>
public sealed record ChangeSet(string BaseRef, string BaseCommit, IReadOnlySet<string> Changed, IReadOnlySet<string> Deleted)
{
    public bool Contains(string path) => Changed.Contains(path) || Deleted.Contains(path);
}
