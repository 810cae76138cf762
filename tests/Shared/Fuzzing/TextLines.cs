namespace Rampart.Testing.Fuzzing;

/// <summary>Bounds that a location in a file keeps to, whichever line breaks the reader that made it counts.</summary>
internal static class TextLines
{
    /// <summary>
    /// The most lines any reader could see in a file: every LF, CR, NEL, LS and PS counts as a break, and a final break
    /// ends the last line rather than starting another. An empty file has one (empty) line.
    /// </summary>
    public static int Count(ReadOnlySpan<byte> bytes)
    {
        var breaks = 0;
        var endsWithBreak = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var width = bytes[i] switch
            {
                (byte)'\n' or (byte)'\r' => 1,
                0xC2 when i + 1 < bytes.Length && bytes[i + 1] == 0x85 => 2,
                0xE2 when i + 2 < bytes.Length && bytes[i + 1] == 0x80 && bytes[i + 2] is 0xA8 or 0xA9 => 3,
                _ => 0,
            };
            breaks += width > 0 ? 1 : 0;
            endsWithBreak = width > 0 && i + width == bytes.Length;
        }

        return Math.Max(1, endsWithBreak ? breaks : breaks + 1);
    }

    /// <summary>
    /// The most characters any line could hold: the longest run of bytes without a line feed (a character takes at
    /// least one byte, and a reader that counts other breaks only makes lines shorter).
    /// </summary>
    public static int LongestLine(ReadOnlySpan<byte> bytes)
    {
        var longest = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            longest = Math.Max(longest, range.End.GetOffset(bytes.Length) - range.Start.GetOffset(bytes.Length));
        }

        return longest;
    }
}
