using System.Text;

namespace Rampart.Discovery;

/// <summary>
/// The ignore files of one scan root: finds the enclosing git work tree (so that <c>.gitignore</c> files
/// above the scan root and <c>.git/info/exclude</c> apply, as they do for git), and loads the ignore files
/// of each folder on demand. Paths given to and returned by this class are relative to the scan root.
/// </summary>
public sealed class RepositoryIgnores
{
    public const string GitIgnoreName = ".gitignore";
    public const string RampartIgnoreName = ".rampartignore";
    private const long MaxIgnoreFileBytes = 4L * 1024 * 1024;

    private readonly DiscoveryOptions options;

    private RepositoryIgnores(string scanRoot, string ignoreRoot, DiscoveryOptions options, IgnoreRules rootRules)
    {
        ScanRoot = scanRoot;
        IgnoreRoot = ignoreRoot;
        Prefix = RelativePrefix(ignoreRoot, scanRoot);
        this.options = options;
        RootRules = rootRules;
    }

    /// <summary>The folder being scanned (full path).</summary>
    public string ScanRoot { get; }

    /// <summary>The git work tree that holds the scan root, or the scan root itself outside git.</summary>
    public string IgnoreRoot { get; }

    /// <summary>The scan root relative to <see cref="IgnoreRoot"/>, with a trailing slash, or empty.</summary>
    public string Prefix { get; }

    /// <summary>The rules in force for the entries of the scan root itself.</summary>
    public IgnoreRules RootRules { get; }

    public static RepositoryIgnores Open(string scanRoot, DiscoveryOptions options)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(scanRoot));
        var workTree = options.UseGitIgnore ? FindWorkTree(root) : null;
        var ignoreRoot = workTree ?? root;

        var overrides = options.IgnorePatterns.Count == 0
            ? []
            : new[] { IgnoreFile.Parse(string.Join('\n', options.IgnorePatterns), "(options)", RelativePrefix(ignoreRoot, root)) };
        var excludes = new List<IgnoreFile>();
        if (workTree is not null && InfoExcludePath(workTree) is { } exclude
            && IgnoreFile.Load(exclude, ".git/info/exclude", "", MaxIgnoreFileBytes) is { } excludeFile)
        {
            excludes.Add(excludeFile);
        }

        var rules = IgnoreRules.Create(overrides, excludes);
        var ignores = new RepositoryIgnores(root, ignoreRoot, options, rules);

        // Folders between the work tree root and the scan root contribute their ignore files too.
        var folder = ignoreRoot;
        rules = ignores.WithFolderFiles(rules, folder, "");
        if (ignoreRoot != root)
        {
            foreach (var part in ignores.Prefix.TrimEnd('/').Split('/'))
            {
                folder = Path.Combine(folder, part);
                rules = ignores.WithFolderFiles(rules, folder, Path.GetRelativePath(ignoreRoot, folder).Replace('\\', '/') + "/");
            }
        }

        return new RepositoryIgnores(root, ignoreRoot, options, rules);
    }

    /// <summary>The rules inside <paramref name="folderFullPath"/>, given the rules of its parent folder.</summary>
    public IgnoreRules ForFolder(IgnoreRules parentRules, string folderFullPath, string folderRelativePath) =>
        WithFolderFiles(parentRules, folderFullPath, folderRelativePath.Length == 0 ? Prefix : Prefix + folderRelativePath + "/");

    /// <summary>
    /// Decides one path as <c>git check-ignore --no-index</c> does: a path inside an excluded folder is
    /// excluded whatever its own patterns say; otherwise the deciding pattern for the path itself counts.
    /// </summary>
    public IgnoreDecision Check(string relativePath, bool isFolder) => Check(relativePath, isFolder, null);

    /// <summary>As <see cref="Check(string, bool)"/>; <paramref name="steps"/> counts the matching work.</summary>
    internal IgnoreDecision Check(string relativePath, bool isFolder, StepCounter? steps)
    {
        var parts = relativePath.Trim('/').Split('/');
        var rules = RootRules;
        var folder = ScanRoot;
        var relative = "";
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            relative = relative.Length == 0 ? parts[i] : relative + "/" + parts[i];
            var decision = Decide(rules, relative, last ? isFolder : true, steps);
            if (decision.Excluded)
            {
                return last ? decision : decision with { ExcludedFolder = relative };
            }

            if (last)
            {
                return decision;
            }

            folder = Path.Combine(folder, parts[i]);
            rules = ForFolder(rules, folder, relative);
        }

        return IgnoreDecision.NotMatched;
    }

    /// <summary>Decides a path with the rules of its folder (no look at parent folders).</summary>
    public IgnoreDecision Decide(IgnoreRules rules, string relativePath, bool isFolder) => Decide(rules, relativePath, isFolder, null);

    private IgnoreDecision Decide(IgnoreRules rules, string relativePath, bool isFolder, StepCounter? steps)
    {
        var bytes = Encoding.UTF8.GetBytes(Prefix + relativePath);
        var slash = Array.LastIndexOf(bytes, (byte)'/');
        var pattern = rules.Decide(bytes, slash + 1, isFolder, steps);
        return pattern is null ? IgnoreDecision.NotMatched : new IgnoreDecision(!pattern.Negative, pattern, null);
    }

    private IgnoreRules WithFolderFiles(IgnoreRules rules, string folderFullPath, string baseFolder)
    {
        var git = options.UseGitIgnore
            ? IgnoreFile.Load(Path.Combine(folderFullPath, GitIgnoreName), baseFolder + GitIgnoreName, baseFolder, MaxIgnoreFileBytes)
            : null;
        var rampart = options.UseRampartIgnore
            ? IgnoreFile.Load(Path.Combine(folderFullPath, RampartIgnoreName), baseFolder + RampartIgnoreName, baseFolder, MaxIgnoreFileBytes)
            : null;
        return rules.WithFolder(baseFolder, git, rampart);
    }

    private static string RelativePrefix(string ignoreRoot, string root) =>
        ignoreRoot == root ? "" : Path.GetRelativePath(ignoreRoot, root).Replace('\\', '/') + "/";

    /// <summary>The nearest folder at or above <paramref name="folder"/> that has a <c>.git</c> entry.</summary>
    private static string? FindWorkTree(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>info/exclude</c> of the repository: in <c>.git/</c>, or for a linked work tree (a <c>.git</c> file
    /// saying <c>gitdir: …</c>) in the common git folder.
    /// </summary>
    private static string? InfoExcludePath(string workTree)
    {
        var git = Path.Combine(workTree, ".git");
        if (Directory.Exists(git))
        {
            return Path.Combine(git, "info", "exclude");
        }

        try
        {
            var line = File.ReadLines(git).FirstOrDefault() ?? "";
            if (!line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return null;
            }

            var gitDir = Path.GetFullPath(line["gitdir:".Length..].Trim(), workTree);
            var common = Path.Combine(gitDir, "commondir");
            if (File.Exists(common))
            {
                gitDir = Path.GetFullPath(File.ReadAllText(common).Trim(), gitDir);
            }

            return Path.Combine(gitDir, "info", "exclude");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
