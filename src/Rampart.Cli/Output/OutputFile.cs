namespace Rampart.Cli.Output;

/// <summary>Writes a file the user asked for (<c>--output</c>): its folder is created, and a path that cannot be written is an error message, not an exception.</summary>
internal static class OutputFile
{
    /// <summary>Why <paramref name="path"/> cannot be an output file, found before any work is done, or null.</summary>
    public static string? Check(string path) =>
        Directory.Exists(path) ? $"cannot write '{path}': it is a folder" : null;

    /// <summary>Creates <paramref name="path"/> and hands it to <paramref name="write"/>; returns the error, or null.</summary>
    public static string? Write(string path, Action<Stream> write)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            using var file = File.Create(path);
            write(file);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write '{path}': {e.Message}";
        }
    }
}
