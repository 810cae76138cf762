namespace Rampart.Rendering.Kustomize.Files;

/// <summary>Paths inside a build's file system: relative to its root, forward slashes, no dot segments.</summary>
public static class KustomizePaths
{
    /// <summary>
    /// <paramref name="relative"/> read from the folder <paramref name="directory"/>, normalized; null when it climbs
    /// above the root or is absolute (nothing outside the root is read).
    /// </summary>
    public static string? Join(string directory, string relative)
    {
        if (relative.StartsWith('/') || relative.StartsWith('\\') || (relative.Length > 1 && relative[1] == ':'))
        {
            return null;
        }

        return Normalize(directory.Length == 0 ? relative : directory + "/" + relative);
    }

    /// <summary>The path with <c>.</c>, <c>..</c> and empty segments resolved; null when it climbs above the root.</summary>
    public static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(segment);
                    continue;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The folder holding <paramref name="path"/> (<c>""</c> for the root's own entries).</summary>
    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The last segment of <paramref name="path"/>.</summary>
    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsWithin(string path, string folder) =>
        folder.Length == 0 || path == folder || (path.StartsWith(folder, StringComparison.Ordinal) && path.Length > folder.Length && path[folder.Length] == '/');

    /// <summary>How a path is shown in messages: the root as <c>.</c>.</summary>
    public static string Show(string path) => path.Length == 0 ? "." : path;
}
