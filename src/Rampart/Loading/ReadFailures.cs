namespace Rampart.Loading;

/// <summary>
/// Says why a file or folder could not be read in words of our own. The messages of <see cref="IOException"/> and
/// <see cref="UnauthorizedAccessException"/> carry the full path on this machine, which has no place in a report
/// that a pull request's author may read.
/// </summary>
internal static class ReadFailures
{
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it was removed or renamed while it was being read",
        PathTooLongException => "its path is too long",
        IOException => "an input/output error",
        _ => "an unexpected error (" + e.GetType().Name + ")",
    };

    /// <summary>
    /// Moves <paramref name="items"/> on; false at the end or when reading failed, with the failure in
    /// <paramref name="failure"/> (an iterator cannot yield inside a try block that catches).
    /// </summary>
    internal static bool TryNext<T>(IEnumerator<T> items, out T? item, out Exception? failure)
    {
        failure = null;
        item = default;
        try
        {
            if (!items.MoveNext())
            {
                return false;
            }

            item = items.Current;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e;
            return false;
        }
    }
}
