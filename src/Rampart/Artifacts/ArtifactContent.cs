using Rampart.Discovery;

namespace Rampart.Artifacts;

/// <summary>Reading a whole file of an artifact into memory, in one array of its size when the size is known.</summary>
public static class ArtifactContent
{
    /// <summary>Files at most this size are read whole in one call: telling the kernel they are read in sequence is a system call for nothing.</summary>
    public const long SequentialBytes = 1 << 20;

    /// <summary>
    /// Opens <paramref name="file"/> on disk for reading from its start, unbuffered (readers read whole files or large
    /// chunks); only a large file is announced as read in sequence.
    /// </summary>
    public static Stream OpenFile(DiscoveredFile file) =>
        new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, file.Size > SequentialBytes ? FileOptions.SequentialScan : FileOptions.None);

    /// <summary>
    /// The bytes of <paramref name="file"/>. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>
    /// when it cannot be read.
    /// </summary>
    public static byte[] ReadAll(this IArtifact artifact, DiscoveredFile file)
    {
        using var stream = artifact.Open(file);
        return ReadAll(stream, file.Size);
    }

    /// <summary>The rest of <paramref name="stream"/>, expected to be <paramref name="expectedLength"/> bytes long (it may have changed since).</summary>
    public static byte[] ReadAll(Stream stream, long expectedLength)
    {
        if (expectedLength > 0 && expectedLength < Array.MaxLength)
        {
            var bytes = new byte[expectedLength];
            var total = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (total < bytes.Length)
            {
                return bytes[..total];
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return bytes;
            }

            // The file grew since it was discovered: read the rest as it comes.
            using var rest = new MemoryStream();
            rest.Write(bytes);
            rest.WriteByte((byte)next);
            stream.CopyTo(rest);
            return rest.ToArray();
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The rest of <paramref name="stream"/> when it holds at most <paramref name="maxBytes"/> bytes; null, having read
    /// no more than one byte past the limit, when it holds more (an endless stream is not read to its end).
    /// </summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= maxBytes)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length));
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
        }

        return null;
    }
}
