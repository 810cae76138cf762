namespace Rampart.Configuration;

/// <summary>
/// Reads a whole file that the scanned repository supplies (CODEOWNERS, a baseline) with a size limit that
/// holds while reading: a file's reported length can lie (a link to <c>/dev/zero</c> reports 0 bytes and
/// never ends), so the limit is checked on the bytes actually read.
/// </summary>
internal static class BoundedFile
{
    /// <summary>The file's bytes, or null with <paramref name="error"/> when it is larger than <paramref name="maxBytes"/> or cannot be read.</summary>
    public static byte[]? Read(string path, long maxBytes, out string? error)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            using var bytes = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1 - bytes.Length))) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > maxBytes)
                {
                    error = $"the file is over the {maxBytes}-byte limit";
                    return null;
                }
            }

            error = null;
            return bytes.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read: {e.Message}";
            return null;
        }
    }
}
