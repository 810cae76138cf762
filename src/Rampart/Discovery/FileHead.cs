using Rampart.Loading;

namespace Rampart.Discovery;

/// <summary>Reads the first bytes of a file into a reused buffer, for classification.</summary>
internal sealed class FileHead(int size)
{
    private readonly byte[] buffer = new byte[SizeFor(size)];

    /// <summary>How many bytes a head of <paramref name="size"/> reads at most (8 KB at least: the NUL test looks at that much).</summary>
    public static int SizeFor(int size) => Math.Max(size, 8 * 1024);

    /// <summary>
    /// Reads up to the buffer size from the start of <paramref name="fullPath"/>. Returns the bytes read and
    /// whether that is the whole file; an I/O or permission error comes back as <paramref name="error"/>.
    /// </summary>
    public ReadOnlySpan<byte> Read(string fullPath, long length, out bool complete, out string? error)
    {
        complete = true;
        error = null;
        if (length == 0)
        {
            // Never opened: empty files have nothing to read, and FIFOs and devices (which report 0) could block.
            return [];
        }

        try
        {
            using var handle = Open(fullPath);
            // Up to the size the walk saw: reading on to find the end would cost a system call per file for nothing.
            var total = 0;
            while (total < buffer.Length && total < length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            complete = total < buffer.Length || length <= buffer.Length;
            return buffer.AsSpan(0, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = ReadFailures.Describe(e);
        }

        return [];
    }

    /// <summary>
    /// Whether <paramref name="needle"/> occurs in the file past what <see cref="Read"/> saw (the buffer is reused, so
    /// the span <see cref="Read"/> returned is no longer valid). False when the rest cannot be read: loading the file
    /// then reports the problem.
    /// </summary>
    public bool RestContains(string fullPath, ReadOnlySpan<byte> needle)
    {
        try
        {
            using var handle = Open(fullPath);
            long offset = buffer.Length - needle.Length + 1;
            while (true)
            {
                var read = RandomAccess.Read(handle, buffer, offset);
                if (read < needle.Length)
                {
                    return false;
                }

                if (buffer.AsSpan(0, read).IndexOf(needle) >= 0)
                {
                    return true;
                }

                offset += read - needle.Length + 1;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string fullPath) =>
        File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
