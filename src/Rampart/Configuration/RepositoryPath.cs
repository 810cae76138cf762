using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// Resolves a path that a repository names — a file it is expected to hold (<c>rampart.yaml</c>, CODEOWNERS)
/// or a path its configuration gives — without ever leaving the repository. The path is walked one component
/// at a time from the repository's real root; every symbolic link met on the way is read (never opened) and
/// its target walked in turn, and the walk is refused as soon as a step would lead out of the root: an
/// absolute path, a <c>..</c> above the root, a link whose target lies outside (<c>/proc/self/environ</c>,
/// <c>../../etc</c>). So a caller opens only the returned path, which lies inside the root and contains no
/// link, and never a file the repository merely points at.
/// </summary>
public static class RepositoryPath
{
    /// <summary>Links followed in one resolution before it is refused (Linux's own limit).</summary>
    public const int MaxLinks = 40;

    /// <summary>
    /// Resolves <paramref name="relativePath"/> under <paramref name="root"/>: the real path inside the root (which
    /// may name nothing), a refusal saying why it leads outside, or neither when the walk cannot go on.
    /// </summary>
    public static RepositoryPathResult Resolve(string root, string relativePath) =>
        LeavesAsWritten(relativePath) is { } refusal ? RepositoryPathResult.Refused(refusal) : Walk(RealRoot(root), relativePath, confined: true);

    /// <summary>
    /// Why <paramref name="relativePath"/> leads out of whatever root it is taken from, as written (an absolute
    /// path, a <c>..</c> above its start); null when it does not. Links are not looked at: see <see cref="Resolve"/>.
    /// </summary>
    public static string? LeavesAsWritten(string relativePath)
    {
        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return $"{QuotedText.Of(relativePath)} is not a usable path";
        }

        if (Path.IsPathRooted(relativePath))
        {
            return $"{QuotedText.Of(relativePath)} is an absolute path; a path the repository names is relative to it and stays inside it";
        }

        var depth = 0;
        foreach (var part in relativePath.Split(['/', Path.DirectorySeparatorChar]))
        {
            depth += part switch
            {
                ".." => -1,
                "" or "." => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return $"{QuotedText.Of(relativePath)} leads outside the repository";
            }
        }

        return null;
    }

    /// <summary>
    /// The first symbolic link under <paramref name="folder"/> (a real folder inside <paramref name="root"/>, as
    /// <see cref="Resolve"/> returns it), at any depth and through links to other folders of the root, whose
    /// target lies outside the root; null when there is none. For folders a repository names whose files are
    /// then read by another part of the scan.
    /// </summary>
    public static string? LinkLeaving(string root, string folder)
    {
        var realRoot = RealRoot(root);
        var pending = new Stack<string>([folder]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var directory))
        {
            if (!visited.Add(directory))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    var resolved = Walk(realRoot, Path.GetRelativePath(realRoot, entry.FullName), confined: true);
                    if (resolved.Refusal is { } refusal)
                    {
                        return refusal;
                    }

                    if (resolved.FullPath is { } target && Directory.Exists(target))
                    {
                        pending.Push(target);
                    }
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
            }
        }

        return null;
    }

    /// <summary>The root with every link in it resolved, so that a link's target can be compared with it.</summary>
    private static string RealRoot(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var top = Path.GetPathRoot(full) ?? "/";
        return Walk(top, full[top.Length..], confined: false).FullPath ?? full;
    }

    /// <summary>
    /// Walks <paramref name="relativePath"/> down from <paramref name="top"/>, following links. Confined, every step
    /// stays below <paramref name="top"/> or the walk is refused; unconfined (to find the real root itself), a
    /// <c>..</c> at the top stays there and an absolute link starts again from its own root.
    /// </summary>
    private static RepositoryPathResult Walk(string top, string relativePath, bool confined)
    {
        var stack = new List<string>();
        var pending = Components(relativePath);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
                else if (confined)
                {
                    return RepositoryPathResult.Refused($"{QuotedText.Of(relativePath)} leads outside the repository");
                }

                continue;
            }

            var target = LinkTarget(Join(top, stack, part), out var missing);
            if (missing)
            {
                return RepositoryPathResult.Missing;
            }

            if (target is null)
            {
                stack.Add(part);
                continue;
            }

            var link = string.Join('/', stack.Append(part));
            if (++links > MaxLinks)
            {
                return RepositoryPathResult.Refused($"{QuotedText.Of(link)}: more than {MaxLinks} symbolic links to follow");
            }

            var outside = $"{QuotedText.Of(link)} is a symbolic link to {QuotedText.Of(target)}, outside the repository";
            if (Path.IsPathRooted(target))
            {
                var prefix = Path.EndsInDirectorySeparator(top) ? top : top + Path.DirectorySeparatorChar;
                if (!confined)
                {
                    top = Path.GetPathRoot(target) ?? top;
                }
                else if (target != top && !target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return RepositoryPathResult.Refused(outside);
                }

                stack.Clear();
                target = target[Math.Min(top.Length, target.Length)..];
            }
            else if (confined && LeavesFrom(stack.Count, target))
            {
                return RepositoryPathResult.Refused(outside);
            }

            Push(pending, target);
        }

        return RepositoryPathResult.Inside(Join(top, stack, null));
    }

    /// <summary>
    /// Whether a relative link target climbs above the root before naming anything (<c>../../x</c> from one
    /// folder down), so that the refusal can name the link rather than the path that led to it.
    /// </summary>
    private static bool LeavesFrom(int depth, string target)
    {
        foreach (var part in target.Split(['/', Path.DirectorySeparatorChar]))
        {
            if (part == "..")
            {
                if (--depth < 0)
                {
                    return true;
                }
            }
            else if (part is not ("" or "."))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The target of the link at <paramref name="path"/> as written; null when it is not a link.</summary>
    private static string? LinkTarget(string path, out bool missing)
    {
        missing = false;
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing there (or a file where a folder was expected): the path names nothing.
            missing = true;
            return null;
        }
    }

    private static Stack<string> Components(string path)
    {
        var pending = new Stack<string>();
        Push(pending, path);
        return pending;
    }

    /// <summary>Puts the components of <paramref name="path"/> in front of those still to walk.</summary>
    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split(['/', Path.DirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string Join(string top, List<string> stack, string? last)
    {
        var below = string.Join(Path.DirectorySeparatorChar, last is null ? stack : stack.Append(last));
        return below.Length == 0 ? top : Path.Join(top, below);
    }
}
