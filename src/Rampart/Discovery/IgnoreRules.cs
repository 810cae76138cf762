using System.Text;

namespace Rampart.Discovery;

/// <summary>
/// The ignore patterns in force inside one folder: the folder's own files and those of every folder above
/// it. Immutable; a child folder adds its files with <see cref="WithFolder"/>. Precedence, highest first:
/// patterns given by the caller, <c>.rampartignore</c> files (deepest folder first), <c>.gitignore</c> files
/// (deepest first), then <c>.git/info/exclude</c>. The first of these that has a matching pattern decides,
/// and within one file the last matching line wins, as in git.
/// </summary>
public sealed class IgnoreRules
{
    private readonly IgnoreRules? parent;
    private readonly IgnoreFile? gitIgnore;
    private readonly IgnoreFile? rampartIgnore;
    private readonly IReadOnlyList<IgnoreFile> topLayer;
    private readonly IReadOnlyList<IgnoreFile> bottomLayer;

    private IgnoreRules(IgnoreRules? parent, IgnoreFile? gitIgnore, IgnoreFile? rampartIgnore, IReadOnlyList<IgnoreFile> topLayer, IReadOnlyList<IgnoreFile> bottomLayer)
    {
        this.parent = parent;
        this.gitIgnore = gitIgnore;
        this.rampartIgnore = rampartIgnore;
        this.topLayer = topLayer;
        this.bottomLayer = bottomLayer;
    }

    public static IgnoreRules Empty { get; } = new(null, null, null, [], []);

    /// <summary>
    /// Rules with <paramref name="overrides"/> above everything (command-line patterns) and
    /// <paramref name="excludes"/> below everything (<c>.git/info/exclude</c>).
    /// </summary>
    public static IgnoreRules Create(IReadOnlyList<IgnoreFile> overrides, IReadOnlyList<IgnoreFile> excludes) =>
        new(null, null, null, overrides, excludes);

    /// <summary>The rules inside a child folder that holds the given files (either may be null).</summary>
    public IgnoreRules WithFolder(IgnoreFile? gitIgnoreFile, IgnoreFile? rampartIgnoreFile) =>
        gitIgnoreFile is null && rampartIgnoreFile is null
            ? this
            : new IgnoreRules(this, gitIgnoreFile, rampartIgnoreFile, topLayer, bottomLayer);

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

    internal IgnorePattern? Decide(ReadOnlySpan<byte> path, int nameStart, bool isFolder)
    {
        foreach (var file in Files)
        {
            if (file.LastMatch(path, nameStart, isFolder) is { } pattern)
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>True when the deciding pattern excludes the path.</summary>
    public bool IsExcluded(string relativePath, bool isFolder) => Decide(relativePath, isFolder) is { Negative: false };
}
