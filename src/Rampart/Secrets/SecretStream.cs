namespace Rampart.Secrets;

/// <summary>
/// Scans a stream of any length in chunks, never holding more than one chunk and its overlap: each chunk is cut after
/// its last line break (a line longer than a chunk is cut with an overlap so that a secret across the cut is still
/// seen whole), and the bytes after the cut are scanned again with the next chunk, reported only once.
/// </summary>
public static class SecretStream
{
    public const int ChunkBytes = 1 << 20;
    public const int OverlapBytes = 8 * 1024;

    /// <summary>Scans <paramref name="stream"/>; stops after <paramref name="maxSecrets"/> secrets.</summary>
    public static void Scan(SecretScanner scanner, Stream stream, List<LocatedSecret> found, int maxSecrets, int chunkBytes = ChunkBytes)
    {
        var buffer = new byte[chunkBytes + OverlapBytes];
        var filled = 0;
        var line = 1;
        while (found.Count < maxSecrets)
        {
            var read = Fill(stream, buffer, filled);
            filled += read;
            var end = filled < buffer.Length;
            var window = buffer.AsSpan(0, filled);
            var cut = end ? filled : Cut(window);
            SecretLines.Scan(scanner, window, cut, line, found);
            if (end)
            {
                break;
            }

            line += window[..cut].Count((byte)'\n');
            var keep = filled - cut;
            buffer.AsSpan(cut, keep).CopyTo(buffer);
            filled = keep;
        }
    }

    /// <summary>After the last line break in the window's second half, else the overlap before its end.</summary>
    private static int Cut(ReadOnlySpan<byte> window)
    {
        var half = window.Length / 2;
        var lastBreak = window[half..].LastIndexOf((byte)'\n');
        return lastBreak >= 0 ? half + lastBreak + 1 : window.Length - OverlapBytes;
    }

    private static int Fill(Stream stream, byte[] buffer, int filled)
    {
        var total = 0;
        while (filled + total < buffer.Length)
        {
            var n = stream.Read(buffer, filled + total, buffer.Length - filled - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
