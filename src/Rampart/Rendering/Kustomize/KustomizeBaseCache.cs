using System.Collections.Concurrent;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Bases;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// The bases of a repository as built once, shared by every build of the same scan that includes them. In Kustomize
/// a base is built on its own and its result then transformed by whoever includes it, so the result of a folder does
/// not depend on its parent: it is kept (by folder and build options) the first time it is built and copied for each
/// later build, which transforms its own copy. A build reads the cache only through the repository it was made for,
/// or a view of it (<see cref="IKustomizeFileSystemView"/>) that changes none of the paths the base depended on.
/// Memory is bounded: once the kept bases hold <see cref="MaxNodes"/> tree nodes, further bases are built each time.
/// Thread-safe; two builds that meet an unbuilt base at the same moment may both build it (the first is kept).
/// </summary>
public sealed class KustomizeBaseCache(IKustomizeFileSystem repository, long maxNodes = KustomizeBaseCache.DefaultMaxNodes)
{
    /// <summary>About 25 MB of trees: thousands of resources of bases shared by many overlays.</summary>
    public const long DefaultMaxNodes = 250_000;

    private readonly ConcurrentDictionary<(string, KustomizeOptions), CachedBase> bases = new();
    private readonly ConcurrentDictionary<string, int> builds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Content, LoadLimits Limits, IReadOnlyList<LoadedDocument> Documents)> loaded = new(StringComparer.Ordinal);
    private long nodes;
    private long hits;
    private long loadsSaved;

    /// <summary>The file system the kept bases were read from.</summary>
    public IKustomizeFileSystem Repository { get; } = repository;

    /// <summary>Tree nodes the kept bases may hold in all.</summary>
    public long MaxNodes { get; } = maxNodes;

    /// <summary>Tree nodes the kept bases hold.</summary>
    public long Nodes => Interlocked.Read(ref nodes);

    /// <summary>Times a kept base served a build in place of building it.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Times the kustomization of <paramref name="folder"/> was built as a base (included by another) through this cache.</summary>
    public int Builds(string folder) => builds.GetValueOrDefault(KustomizePaths.Normalize(folder) ?? folder);

    /// <summary>Times a build took a kustomization file as loaded before (to find the roots) rather than loading it again.</summary>
    public long LoadsSaved => Interlocked.Read(ref loadsSaved);

    /// <summary>
    /// Keeps the documents of the kustomization file <paramref name="path"/>, loaded from <paramref name="content"/> with
    /// <paramref name="limits"/> and origins recorded (as a build loads it), for the first build that reads the same
    /// content there; that build takes them, so each is held only until the file is built.
    /// </summary>
    public void KeepLoaded(string path, byte[] content, LoadLimits limits, IReadOnlyList<LoadedDocument> documents) =>
        loaded[path] = (content, limits, documents);

    /// <summary>The documents kept for <paramref name="path"/> when they were loaded from the same content with the same limits; removed once taken.</summary>
    internal IReadOnlyList<LoadedDocument>? TakeLoaded(string path, byte[] content, LoadLimits limits)
    {
        if (!loaded.TryRemove(path, out var kept))
        {
            return null;
        }

        if (kept.Limits != limits || (!ReferenceEquals(kept.Content, content) && !kept.Content.AsSpan().SequenceEqual(content)))
        {
            return null;
        }

        Interlocked.Increment(ref loadsSaved);
        return kept.Documents;
    }

    /// <summary>Whether a build through <paramref name="files"/> may use this cache.</summary>
    internal bool Serves(IKustomizeFileSystem files) =>
        ReferenceEquals(files, Repository) || (files is IKustomizeFileSystemView view && ReferenceEquals(view.Repository, Repository));

    internal CachedBase? Find(string directory, KustomizeOptions options)
    {
        return bases.GetValueOrDefault((directory, options));
    }

    internal void Served() => Interlocked.Increment(ref hits);

    internal void Built(string directory) => builds.AddOrUpdate(directory, 1, (_, count) => count + 1);

    /// <summary>Keeps <paramref name="built"/> unless the bound would be passed.</summary>
    internal void Keep(string directory, KustomizeOptions options, CachedBase built)
    {
        if (Interlocked.Add(ref nodes, built.Nodes) > MaxNodes || !bases.TryAdd((directory, options), built))
        {
            Interlocked.Add(ref nodes, -built.Nodes);
        }
    }

    /// <summary>Whether a base of <paramref name="count"/> nodes could still be kept (so a build copies it only then).</summary>
    internal bool HasRoomFor(long count) => Nodes + count <= MaxNodes;
}
