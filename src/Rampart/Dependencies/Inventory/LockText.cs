using System.Text;

namespace Rampart.Dependencies.Inventory;

/// <summary>Decodes a line-based lockfile (strict UTF-8, or UTF-16 with its byte order mark) into its lines.</summary>
internal static class LockText
{
    public static string[] Lines(ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        string text;
        try
        {
            text = span switch
            {
                [0xFF, 0xFE, ..] => new UnicodeEncoding(false, false, true).GetString(span[2..]),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(true, false, true).GetString(span[2..]),
                _ => new UTF8Encoding(false, true).GetString(span).TrimStart('\uFEFF'),
            };
        }
        catch (DecoderFallbackException)
        {
            throw new LockfileFormatException(1, "the file is not valid text (UTF-8 or UTF-16)");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new LockfileFormatException(1, "the file holds NUL characters: it is binary, not a lockfile");
        }

        return text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
