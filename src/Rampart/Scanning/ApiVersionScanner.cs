namespace Rampart.Scanning;

/// <summary>
/// Finds the values of <c>apiVersion:</c> keys (YAML) and <c>"apiVersion":</c> members (JSON) in raw bytes,
/// without parsing. Used to decide which schema documents to read; an odd spelling it misses only means a
/// schema document is not preloaded.
/// </summary>
internal static class ApiVersionScanner
{
    private static readonly byte[] Key = "apiVersion"u8.ToArray();

    public static void Collect(ReadOnlySpan<byte> text, ISet<string> into)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf(Key);
            if (at < 0)
            {
                return;
            }

            var i = offset + at + Key.Length;
            offset = i;
            if (i < text.Length && text[i] == (byte)'"')
            {
                i++;
            }

            while (i < text.Length && text[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }

            if (i >= text.Length || text[i] != (byte)':')
            {
                continue;
            }

            i++;
            while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'"' or (byte)'\'')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit((char)text[i]) || text[i] is (byte)'.' or (byte)'/' or (byte)'-'))
            {
                i++;
            }

            if (i > start && i - start < 128)
            {
                into.Add(System.Text.Encoding.ASCII.GetString(text[start..i]));
            }
        }
    }
}
