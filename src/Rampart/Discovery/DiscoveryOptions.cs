namespace Rampart.Discovery;

/// <summary>What the walker honours and the bounds it keeps.</summary>
public sealed record DiscoveryOptions
{
    public static DiscoveryOptions Default { get; } = new();

    /// <summary>Files larger than this are not scanned (an info finding says by how much).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The walk stops after this many files (an info finding says so).</summary>
    public int MaxFiles { get; init; } = 1_000_000;

    /// <summary>Folders nested deeper than this below the scan root are not entered.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Honour <c>.gitignore</c> files and <c>.git/info/exclude</c>.</summary>
    public bool UseGitIgnore { get; init; } = true;

    /// <summary>Honour <c>.rampartignore</c> files.</summary>
    public bool UseRampartIgnore { get; init; } = true;

    /// <summary>Extra patterns in <c>.gitignore</c> syntax, relative to the scan root, above every ignore file.</summary>
    public IReadOnlyList<string> IgnorePatterns { get; init; } = [];

    /// <summary>How much of a file's start is read to classify it (the NUL test looks at the first 8 KB of it).</summary>
    public int SniffBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Whether the walk reads each file's first bytes to classify it. Off, a file that is not empty is classified by
    /// its name and place only and marked <see cref="DiscoveredFile.ContentPending"/>: the scan's first read of it
    /// finishes the classification (<see cref="FirstRead"/>), so each file is opened once. Only for a scan that reads
    /// every text file anyway and loads no objects (a secret-only scan).
    /// </summary>
    public bool SniffContent { get; init; } = true;
}
