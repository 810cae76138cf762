using System.Buffers;

namespace Rampart.Dependencies.Database;

/// <summary>Reads a stream to its end into a pooled buffer, stopping past a size limit.</summary>
internal static class Bounded
{
    /// <summary>The number of bytes read into <paramref name="buffer"/> (grown from the pool as needed), or -1 when the stream holds more than <paramref name="limit"/>.</summary>
    public static int ReadAll(Stream stream, ref byte[] buffer, long limit)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return -1;
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, (long)buffer.Length * 2));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return length > limit ? -1 : length;
            }

            length += read;
            if (length > limit)
            {
                return -1;
            }
        }
    }
}
