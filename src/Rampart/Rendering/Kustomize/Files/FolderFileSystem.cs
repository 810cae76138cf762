namespace Rampart.Rendering.Kustomize.Files;

/// <summary>
/// A folder on disk, confined to its root: a path that leads out of the root, by <c>..</c> or through a
/// symbolic link, names nothing, so a repository's kustomization cannot make a build read the machine's files.
/// </summary>
public sealed class FolderFileSystem : IKustomizeFileSystem
{
    private readonly string root;
    private readonly long maxFileBytes;
    private readonly Dictionary<string, string?> realPaths = new(StringComparer.Ordinal);

    /// <param name="root">The folder every path is relative to.</param>
    /// <param name="maxFileBytes">Files larger than this are not read (an error says so).</param>
    public FolderFileSystem(string root, long maxFileBytes = 64L * 1024 * 1024)
    {
        this.root = RealPathOf(Path.GetFullPath(root));
        this.maxFileBytes = maxFileBytes;
    }

    public EntryKind Kind(string path)
    {
        if (RealPath(path) is not { } real)
        {
            return LeadsOutside(path) ? EntryKind.Outside : EntryKind.None;
        }

        var full = Full(real);
        return File.Exists(full) ? EntryKind.File : Directory.Exists(full) ? EntryKind.Directory : EntryKind.None;
    }

    public string? RealPath(string path)
    {
        // A build asks for the same folders and files many times; what a path resolves to does not change during it.
        if (realPaths.TryGetValue(path, out var known))
        {
            return known;
        }

        var resolved = Resolve(path);
        realPaths[path] = resolved;
        return resolved;
    }

    private string? Resolve(string path)
    {
        string real;
        try
        {
            real = RealPathOf(Full(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        if (real == root)
        {
            return "";
        }

        if (!real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = real[(root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
        return File.Exists(real) || Directory.Exists(real) ? relative : null;
    }

    public byte[]? ReadFile(string path, out string? error)
    {
        error = null;
        if (RealPath(path) is not { } real || !File.Exists(Full(real)))
        {
            error = Kind(path) == EntryKind.Directory ? "it is a folder" : "no such file";
            return null;
        }

        try
        {
            var info = new FileInfo(Full(real));
            if (info.Length > maxFileBytes)
            {
                error = $"the file is larger than the limit of {maxFileBytes:N0} bytes";
                return null;
            }

            return File.ReadAllBytes(info.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "the file cannot be read (" + e.GetType().Name + ")";
            return null;
        }
    }

    /// <summary>Whether the path exists on disk once links are followed, but outside the root.</summary>
    private bool LeadsOutside(string path)
    {
        try
        {
            var real = RealPathOf(Full(path));
            return (File.Exists(real) || Directory.Exists(real)) && real != root && !real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private string Full(string path) => path.Length == 0 ? root : Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The absolute path with every symbolic link along it followed (as realpath does).</summary>
    private static string RealPathOf(string absolute)
    {
        var hops = 0;
        return RealPathOf(absolute, ref hops);
    }

    private static string RealPathOf(string absolute, ref int hops)
    {
        var current = Path.GetPathRoot(absolute) ?? "/";
        var rest = absolute[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in rest)
        {
            var next = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            while (info.Exists && info.LinkTarget is not null)
            {
                if (++hops > 40)
                {
                    throw new IOException("too many levels of symbolic links");
                }

                var target = info.LinkTarget;
                next = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(next) ?? current, target));
                next = RealPathOf(next, ref hops);
                info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            }

            current = next;
        }

        return current.Length > 1 ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
