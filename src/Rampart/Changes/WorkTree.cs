namespace Rampart.Changes;

/// <summary>Where a folder sits in its git work tree, found on disk (a <c>.git</c> folder or file), without running git.</summary>
public static class WorkTree
{
    /// <summary>The top folder of the work tree holding <paramref name="folder"/>, or null when it is in none.</summary>
    public static string? TopOf(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
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
    /// The place of <paramref name="folder"/> in its work tree as a path prefix with forward slashes
    /// (<c>deploy/</c>), empty at the top or outside any work tree.
    /// </summary>
    public static string PrefixOf(string folder)
    {
        var full = Path.GetFullPath(folder);
        var top = TopOf(full);
        if (top is null)
        {
            return "";
        }

        var relative = Path.GetRelativePath(top, full).Replace('\\', '/');
        return relative == "." ? "" : relative + "/";
    }
}
