namespace Rampart.Discovery;

/// <summary>Reads the first bytes of a file into a reused buffer, for classification.</summary>
internal sealed class FileHead(int size)
{
    private readonly byte[] buffer = new byte[Math.Max(size, 8 * 1024)];

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
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var total = 0;
            while (total < buffer.Length)
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
        catch (IOException e)
        {
            error = e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            error = e.Message;
        }

        return [];
    }
}
