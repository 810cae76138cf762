using System.Text;

namespace Rampart.Discovery;

/// <summary>
/// The ignore patterns in force inside one folder: the folder's own files and those of every folder above
/// it. Immutable; a child folder adds its files with <see cref="WithFolder(string, IgnoreFile?, IgnoreFile?)"/>.
/// Precedence, highest first: patterns given by the caller, <c>.rampartignore</c> files (deepest folder first),
/// <c>.gitignore</c> files (deepest first), then <c>.git/info/exclude</c>. The first of these that has a
/// matching pattern decides, and within one file the last matching line wins, as in git.
/// <para>
/// Rules tied to a folder keep, for every pattern anchored to a folder above, the state its automaton reached
/// on the path down to this folder (worked out once, from the parent's, when first asked); an entry of the
/// folder then costs each pattern only its own name, however deep the folder, and a pattern that can no
/// longer match is dropped for everything below. So deciding every entry of a walk costs the patterns times
/// the names' lengths, not times the paths' lengths.
/// </para>
/// </summary>
public sealed class IgnoreRules
{
    private readonly IgnoreRules? parent;
    private readonly IgnoreFile? gitIgnore;
    private readonly IgnoreFile? rampartIgnore;
    private readonly IReadOnlyList<IgnoreFile> topLayer;
    private readonly IReadOnlyList<IgnoreFile> bottomLayer;

    /// <summary>This folder relative to the ignore root, UTF-8, with a trailing slash (empty for the root); null when not tied to one.</summary>
    private readonly byte[]? folder;
    private IgnoreFolderState? state;

    private IgnoreRules(IgnoreRules? parent, IgnoreFile? gitIgnore, IgnoreFile? rampartIgnore, IReadOnlyList<IgnoreFile> topLayer, IReadOnlyList<IgnoreFile> bottomLayer, byte[]? folder)
    {
        this.parent = parent;
        this.gitIgnore = gitIgnore;
        this.rampartIgnore = rampartIgnore;
        this.topLayer = topLayer;
        this.bottomLayer = bottomLayer;
        this.folder = folder;
    }

    public static IgnoreRules Empty { get; } = new(null, null, null, [], [], null);

    /// <summary>
    /// Rules with <paramref name="overrides"/> above everything (command-line patterns) and
    /// <paramref name="excludes"/> below everything (<c>.git/info/exclude</c>).
    /// </summary>
    public static IgnoreRules Create(IReadOnlyList<IgnoreFile> overrides, IReadOnlyList<IgnoreFile> excludes) =>
        new(null, null, null, overrides, excludes, null);

    /// <summary>The rules inside a child folder that holds the given files (either may be null), for matching whole paths.</summary>
    public IgnoreRules WithFolder(IgnoreFile? gitIgnoreFile, IgnoreFile? rampartIgnoreFile) =>
        gitIgnoreFile is null && rampartIgnoreFile is null
            ? this
            : new IgnoreRules(this, gitIgnoreFile, rampartIgnoreFile, topLayer, bottomLayer, null);

    /// <summary>
    /// The rules inside the child folder <paramref name="folderPath"/> (relative to the ignore root, forward
    /// slashes, with a trailing slash; empty for the root itself) that holds the given files (either may be null).
    /// </summary>
    public IgnoreRules WithFolder(string folderPath, IgnoreFile? gitIgnoreFile, IgnoreFile? rampartIgnoreFile) =>
        new(this, gitIgnoreFile, rampartIgnoreFile, topLayer, bottomLayer, Encoding.UTF8.GetBytes(folderPath));

    /// <summary>Every ignore file in force, highest precedence first.</summary>
    public IEnumerable<IgnoreFile> Files
    {
        get
        {
            foreach (var file in topLayer)
            {
                yield return file;
            }

            for (var node = this; node is not null; node = node.parent)
            {
                if (node.rampartIgnore is not null)
                {
                    yield return node.rampartIgnore;
                }
            }

            for (var node = this; node is not null; node = node.parent)
            {
                if (node.gitIgnore is not null)
                {
                    yield return node.gitIgnore;
                }
            }

            foreach (var file in bottomLayer)
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// The pattern that decides for <paramref name="relativePath"/> (relative to the ignore root, forward
    /// slashes), or null when none matches. The path is excluded when the result is a non-negated pattern.
    /// Parent folders are not looked at: see <see cref="RepositoryIgnores.Check"/> for that.
    /// </summary>
    public IgnorePattern? Decide(string relativePath, bool isFolder)
    {
        var bytes = Encoding.UTF8.GetBytes(relativePath);
        var slash = Array.LastIndexOf(bytes, (byte)'/');
        return Decide(bytes, slash + 1, isFolder);
    }

    internal IgnorePattern? Decide(ReadOnlySpan<byte> path, int nameStart, bool isFolder, StepCounter? steps = null)
    {
        if (folder is not null && nameStart == folder.Length && path[..nameStart].SequenceEqual(folder))
        {
            return State(steps).LastMatch(path[nameStart..], isFolder, steps);
        }

        // A path elsewhere than in this folder: every pattern reads it whole.
        foreach (var file in Files)
        {
            if (file.LastMatch(path, nameStart, isFolder, steps) is { } pattern)
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>The files in force here and how far each anchored pattern got on the way down (worked out once).</summary>
    private IgnoreFolderState State(StepCounter? steps)
    {
        if (state is { } known)
        {
            return known;
        }

        var here = folder!;
        var parentFolder = parent?.folder;
        var above = parent is not null && parentFolder is not null && here.AsSpan().StartsWith(parentFolder) && here.Length > parentFolder.Length
            ? parent.State(steps)
            : null;
        var computed = IgnoreFolderState.Create([.. Files], here, above is null ? null : parentFolder, above, steps);
        state = computed;
        return computed;
    }

    /// <summary>True when the deciding pattern excludes the path.</summary>
    public bool IsExcluded(string relativePath, bool isFolder) => Decide(relativePath, isFolder) is { Negative: false };
}
