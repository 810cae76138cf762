using System.Text;

namespace Rampart.Cli.Tests;

/// <summary>
/// Standard input as a pipe gives it: read-only, not seekable, of unknown length; either some text, or endless (a
/// command that keeps writing). Counts the bytes read from it.
/// </summary>
internal sealed class PipeStream : Stream
{
    private readonly byte[]? content;

    private PipeStream(byte[]? content) => this.content = content;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static PipeStream Of(string text) => new(Encoding.UTF8.GetBytes(text));

    public static PipeStream Of(byte[] bytes) => new(bytes);

    public static PipeStream Endless() => new(null);

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (content is null)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        var n = (int)Math.Min(count, content.Length - BytesRead);
        content.AsSpan((int)BytesRead, n).CopyTo(buffer.AsSpan(offset));
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
