using System.Collections.Concurrent;

namespace Rampart.Discovery;

/// <summary>
/// What one walk carries from folder to folder: the ignore files, the counts, and the head buffers of the workers
/// that read a folder's files at once (one per processor, reused from folder to folder).
/// </summary>
internal sealed class WalkState(string root, RepositoryIgnores ignores, FileHead head, int sniffBytes)
{
    private readonly ConcurrentBag<FileHead> heads = [];

    public string Root { get; } = root;
    public RepositoryIgnores Ignores { get; } = ignores;
    public FileHead Head { get; } = head;

    /// <summary>How many files of a folder are read at once.</summary>
    public int Workers { get; } = Environment.ProcessorCount;

    public int Files { get; set; }

    /// <summary>The file limit was reached: the walk ends.</summary>
    public bool Stopped { get; set; }

    public FileHead RentHead() => heads.TryTake(out var kept) ? kept : new FileHead(sniffBytes);

    public void ReturnHead(FileHead kept) => heads.Add(kept);
}
