namespace Rampart.Discovery;

/// <summary>What the walk checks about an entry before it reads it: a path it cannot open, and symbolic links.</summary>
internal static class FileSystemEntries
{
    /// <summary>
    /// Why the entry cannot be opened by the path the system lists it under, or null: a full path longer than the
    /// system allows (.NET then gives it no full path at all), or a name that is not UTF-8.
    /// </summary>
    public static DiscoveryProblem? Unopenable(FileSystemInfo entry, string relative)
    {
        var what = entry is DirectoryInfo ? "folder not walked" : "not scanned";
        if (entry.FullName.Length == 0)
        {
            return DiscoveryFindings.Problem(DiscoveryFindings.Unreadable, relative, $"{what}: its full path is longer than the system can open");
        }

        return HasUndecodableName(entry)
            ? DiscoveryFindings.Problem(DiscoveryFindings.InvalidName, relative,
                $"{what}: its name is not valid UTF-8 (each invalid byte is shown as U+FFFD), so it cannot be opened by its name")
            : null;
    }

    /// <summary>
    /// A name whose bytes are not UTF-8: .NET decodes each invalid byte to U+FFFD, and the decoded name leads
    /// nowhere. (A name that really holds U+FFFD, written in UTF-8, still opens.)
    /// </summary>
    private static bool HasUndecodableName(FileSystemInfo entry)
    {
        if (!entry.Name.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            File.GetAttributes(entry.FullName);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A symbolic link (or an entry that vanished while it was being looked at, which then reads as a broken link).</summary>
    public static bool IsLink(FileSystemInfo entry)
    {
        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return false;
        }

        try
        {
            return entry.LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>
    /// Links are never followed. Broken links and links out of the root are reported; a link to something
    /// inside the root is skipped quietly, since the walk reaches its target under the target's own path.
    /// </summary>
    public static DiscoveryProblem? CheckLink(FileSystemInfo link, string relative, string root)
    {
        FileSystemInfo? target;
        var written = Shown(link.LinkTarget, root);
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return DiscoveryFindings.Problem(DiscoveryFindings.BrokenLink, relative,
                $"symbolic link to '{written}' cannot be resolved (a loop of links, or a target that cannot be read); skipped");
        }

        if (target is null || !target.Exists)
        {
            return DiscoveryFindings.Problem(DiscoveryFindings.BrokenLink, relative, $"symbolic link to '{written}', which does not exist; skipped");
        }

        var inside = IsUnder(target.FullName, root);
        return inside
            ? null
            : DiscoveryFindings.Problem(DiscoveryFindings.LinkOutsideRoot, relative, $"symbolic link to '{written}' leads outside the scan root; not followed");
    }

    /// <summary>A link's target as written, with the scan root's own path (an absolute link into the root) left out.</summary>
    private static string Shown(string? target, string root) =>
        target is null ? "" : IsUnder(target, root) ? "<scan root>" + target[root.Length..] : target;

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
