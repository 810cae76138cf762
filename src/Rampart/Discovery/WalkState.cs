namespace Rampart.Discovery;

/// <summary>What one walk carries from folder to folder: the ignore files and the counts.</summary>
internal sealed class WalkState(string root, RepositoryIgnores ignores, FileHead head)
{
    public string Root { get; } = root;
    public RepositoryIgnores Ignores { get; } = ignores;
    public FileHead Head { get; } = head;

    public int Files { get; set; }

    /// <summary>The file limit was reached: the walk ends.</summary>
    public bool Stopped { get; set; }
}
