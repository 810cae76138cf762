namespace Rampart.Discovery;

/// <summary>What one walk carries from folder to folder: the ignore files, the patches seen so far, the counts.</summary>
internal sealed class WalkState(string root, RepositoryIgnores ignores, FileHead head)
{
    public string Root { get; } = root;
    public RepositoryIgnores Ignores { get; } = ignores;
    public FileHead Head { get; } = head;

    /// <summary>Patch files listed by the kustomizations read so far (relative path → why it is a patch).</summary>
    public Dictionary<string, string> Patches { get; } = new(StringComparer.Ordinal);

    public int Files { get; set; }

    /// <summary>The file limit was reached: the walk ends.</summary>
    public bool Stopped { get; set; }
}
