namespace Rampart.History;

/// <summary>
/// Reads a byte stream line by line (or a counted number of bytes) (split at <c>\n</c>, which is not returned) keeping at most
/// <c>maxLineBytes</c> of each line, so that one endless line costs no more memory than a short one.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly byte[] line = new byte[Math.Max(1, maxLineBytes)];
    private int start;
    private int end;
    private bool finished;

    /// <summary>The next line, or false at the end of the stream; <paramref name="truncated"/> when bytes past the limit were dropped.</summary>
    public bool TryRead(out ReadOnlySpan<byte> text, out bool truncated)
    {
        var length = 0;
        truncated = false;
        var any = false;
        while (true)
        {
            if (start == end && !Fill())
            {
                text = line.AsSpan(0, length);
                return any;
            }

            any = true;
            var available = buffer.AsSpan(start, end - start);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            var room = line.Length - length;
            if (piece.Length > room)
            {
                truncated = true;
                piece = piece[..room];
            }

            piece.CopyTo(line.AsSpan(length));
            length += piece.Length;
            if (newline >= 0)
            {
                start += newline + 1;
                text = line.AsSpan(0, length);
                return true;
            }

            start = end;
        }
    }

    private bool Fill()
    {
        if (finished)
        {
            return false;
        }

        start = 0;
        end = stream.Read(buffer, 0, buffer.Length);
        finished = end == 0;
        return !finished;
    }

    /// <summary>The next <paramref name="count"/> bytes (fewer at the end of the stream).</summary>
    public byte[] ReadExactly(int count)
    {
        var data = new byte[count];
        var done = 0;
        while (done < count && (start < end || Fill()))
        {
            var n = Math.Min(count - done, end - start);
            buffer.AsSpan(start, n).CopyTo(data.AsSpan(done));
            start += n;
            done += n;
        }

        return done == count ? data : data[..done];
    }

    /// <summary>Skips the next <paramref name="count"/> bytes.</summary>
    public void Skip(long count)
    {
        while (count > 0 && (start < end || Fill()))
        {
            var n = (int)Math.Min(count, end - start);
            start += n;
            count -= n;
        }
    }
}
