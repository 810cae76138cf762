namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Turns byte offsets into 1-based line numbers, for offsets asked in increasing order (as a reader moves
/// forward): each byte is counted once, so a whole file costs one pass.
/// </summary>
internal sealed class LineCounter(ReadOnlyMemory<byte> content)
{
    private long offset;
    private int line = 1;

    public int LineAt(long position)
    {
        var span = content.Span;
        var end = Math.Min(position, span.Length);
        if (end > offset)
        {
            line += span[(int)offset..(int)end].Count((byte)'\n');
            offset = end;
        }

        return line;
    }
}
