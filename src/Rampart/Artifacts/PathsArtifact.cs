using Rampart.Changes;
using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>
/// Several files and folders of one repository scanned as one (<c>rampart scan a.yaml deploy/ b.yaml</c>, the list a
/// pre-commit hook passes). Every path is placed under one root: the top of the git work tree that holds them all,
/// or outside git their nearest common folder; findings name paths from that root. Each path is walked as a scan of
/// it alone would walk it (ignore files of the work tree included); a path given twice, or inside a folder also
/// given, is walked once; a path missing under the root is skipped (<see cref="At"/>: a file added since the base revision).
/// </summary>
public sealed class PathsArtifact : IArtifact
{
    /// <param name="root">The folder every path is relative to (full path).</param>
    /// <param name="paths">Paths relative to <paramref name="root"/>, forward slashes, no overlaps (see <see cref="Of"/>).</param>
    /// <param name="name">What reports name as the target.</param>
    private PathsArtifact(string root, IReadOnlyList<string> paths, string name)
    {
        Folder = root;
        Paths = paths;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The root every scanned path is relative to.</summary>
    public string Folder { get; }

    string? IArtifact.Folder => Folder;

    /// <summary>The paths walked, relative to <see cref="Folder"/>, in ordinal order; none lies inside another.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// The artifact of existing <paramref name="given"/> paths (as the user wrote them): placed under their common
    /// work tree's top (or common folder), with duplicates and paths inside another given folder dropped.
    /// </summary>
    public static PathsArtifact Of(IReadOnlyList<string> given)
    {
        var full = given.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct(StringComparer.Ordinal).ToList();
        var folders = full.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p)!).ToList();
        var common = folders.Aggregate(CommonFolder);
        var root = WorkTree.TopOf(common) is { } top && full.All(p => WorkTree.TopOf(Directory.Exists(p) ? p : Path.GetDirectoryName(p)!) == top)
            ? top
            : common;
        return new PathsArtifact(root, Distinct(full.Select(p => Relative(root, p))), string.Join(" ", given));
    }

    /// <summary>The same paths under another root (the base revision of <c>--diff</c>, exported to a folder).</summary>
    public PathsArtifact At(string root) => new(Path.GetFullPath(root), Paths, Name);

    public IEnumerable<DiscoveryItem> Discover(DiscoveryOptions options, CancellationToken cancellation)
    {
        var walker = new RepositoryWalker(options);
        foreach (var path in Paths)
        {
            var full = path.Length == 0 ? Folder : Path.Combine(Folder, path);
            var single = File.Exists(full);
            if (!single && !Directory.Exists(full))
            {
                // Only under another root (the base revision of --diff) can a path be missing: the file is new.
                continue;
            }

            foreach (var item in walker.Walk(full, cancellation))
            {
                yield return Placed(item, path, single);
            }
        }
    }

    public Stream Open(DiscoveredFile file) => ArtifactContent.OpenFile(file);

    /// <summary>An item a walk of <paramref name="path"/> yielded, with its path from the root instead.</summary>
    private static DiscoveryItem Placed(DiscoveryItem item, string path, bool single)
    {
        string From(string relative) => single || relative == "." ? path : path.Length == 0 ? relative : path + "/" + relative;
        return item switch
        {
            DiscoveredFile file => file with
            {
                RelativePath = From(file.RelativePath),
                Chart = file.Chart is null ? null : file.Chart.Length == 0 ? path : From(file.Chart),
            },
            DiscoveryProblem problem => problem with
            {
                RelativePath = From(problem.RelativePath),
                Finding = problem.Finding with { Location = problem.Finding.Location with { Path = From(problem.Finding.Location.Path) } },
            },
            _ => item,
        };
    }

    /// <summary>The paths in ordinal order without those equal to or inside another (a folder given covers what is in it).</summary>
    private static List<string> Distinct(IEnumerable<string> relative)
    {
        var kept = new List<string>();
        foreach (var path in relative.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!kept.Any(k => k.Length == 0 || path.StartsWith(k + "/", StringComparison.Ordinal)))
            {
                kept.Add(path);
            }
        }

        return kept;
    }

    private static string Relative(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    private static string CommonFolder(string a, string b)
    {
        while (!(b == a || b.StartsWith(a.EndsWith(Path.DirectorySeparatorChar) ? a : a + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            a = Path.GetDirectoryName(a) ?? a;
        }

        return a;
    }
}
