namespace Rampart.Discovery;

/// <summary>
/// Cheap looks at the start of a file (no parse): NUL bytes, a UTF-16 or UTF-32 byte order mark, JSON or YAML,
/// top-level <c>apiVersion</c> and <c>kind</c> keys. Works on the bytes read so far, so the cost is bounded by the
/// sniff size whatever the file. A hint only: whether a YAML or JSON file holds Kubernetes objects is decided by
/// loading it; these looks decide only for files without an extension, as kubectl reads those only when named.
/// </summary>
internal static class ContentSniffer
{
    private const int BinaryWindow = 8 * 1024;

    public static bool HasNul(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, BinaryWindow)].Contains((byte)0);

    /// <summary>
    /// A UTF-16 or UTF-32 byte order mark: text in an encoding YAML tools may read, whose NUL bytes do not make it
    /// binary. The loader reports it as not UTF-8.
    /// </summary>
    public static bool StartsWithUnicodeBom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>The first byte that is not a byte-order mark or white space is <c>{</c>.</summary>
    public static bool StartsLikeJsonObject(ReadOnlySpan<byte> head)
    {
        var text = SkipBom(head);
        var i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < text.Length && text[i] == '{';
    }

    public static bool StartsLikeJsonArray(ReadOnlySpan<byte> head)
    {
        var text = SkipBom(head).TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == '[';
    }

    /// <summary>A JSON text with <c>"apiVersion"</c> (and <c>"kind"</c>, unless the look was cut short).</summary>
    public static bool JsonHasKubernetesKeys(ReadOnlySpan<byte> head, bool complete) =>
        head.IndexOf("\"apiVersion\""u8) >= 0 && (!complete || head.IndexOf("\"kind\""u8) >= 0);

    /// <summary>
    /// YAML with a top-level <c>apiVersion:</c> line (and a top-level <c>kind:</c> line, unless the look was cut
    /// short). With <paramref name="mustStartWithKey"/> the first line that is not blank, a comment, a
    /// directive or a document marker must already be one of the two (for files without an extension).
    /// </summary>
    public static bool YamlHasKubernetesKeys(ReadOnlySpan<byte> head, bool complete, bool mustStartWithKey)
    {
        var text = SkipBom(head);
        bool apiVersion = false, kind = false, first = true;
        var position = 0;
        while (NextLine(text, ref position, out var line))
        {
            if (IsTopLevelKey(line, "apiVersion"u8))
            {
                apiVersion = true;
            }
            else if (IsTopLevelKey(line, "kind"u8))
            {
                kind = true;
            }
            else if (first && mustStartWithKey && !IsInsignificant(line))
            {
                return false;
            }

            first &= IsInsignificant(line);
            if (apiVersion && kind)
            {
                return true;
            }
        }

        return apiVersion && !complete;
    }

    /// <summary>
    /// The line that starts at <paramref name="position"/>, without its break; YAML (and Kubernetes) end a line at
    /// LF, CR LF or a lone CR. False once the text is used up.
    /// </summary>
    private static bool NextLine(ReadOnlySpan<byte> text, ref int position, out ReadOnlySpan<byte> line)
    {
        if (position > text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[position..];
        var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            line = rest;
            position = text.Length + 1;
            return true;
        }

        line = rest[..end];
        var width = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        position += end + width;
        return true;
    }

    private static bool IsTopLevelKey(ReadOnlySpan<byte> line, ReadOnlySpan<byte> key)
    {
        if (line.Length > 0 && line[0] is (byte)'"' or (byte)'\'')
        {
            var quote = line[0];
            line = line[1..];
            if (!line.StartsWith(key) || line.Length <= key.Length || line[key.Length] != quote)
            {
                return false;
            }

            line = line[(key.Length + 1)..];
        }
        else if (line.StartsWith(key))
        {
            line = line[key.Length..];
        }
        else
        {
            return false;
        }

        return line.Length > 0 && line[0] == ':';
    }

    private static bool IsInsignificant(ReadOnlySpan<byte> line)
    {
        var content = line.Trim(" \t\r"u8);
        return content.IsEmpty || content[0] is (byte)'#' or (byte)'%' || content.SequenceEqual("---"u8);
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> head) =>
        head.StartsWith("\uFEFF"u8) ? head[3..] : head;
}
