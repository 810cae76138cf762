namespace Rampart.Testing.Fuzzing;

/// <summary>Where in a file's bytes a <see cref="Mutator"/> works: a random line, or a random word or key.</summary>
internal static class TextSpans
{
    /// <summary>A random line: its start and the position after its line feed (or the end).</summary>
    public static (int Start, int End) Line(Random random, List<byte> bytes)
    {
        var at = random.Next(bytes.Count + 1);
        var start = at;
        while (start > 0 && bytes[start - 1] != '\n')
        {
            start--;
        }

        var end = at;
        while (end < bytes.Count && bytes[end] != '\n')
        {
            end++;
        }

        return (start, Math.Min(end + 1, bytes.Count));
    }

    /// <summary>
    /// A run of letters, digits, '-', '.', '/' or '_' around a random place: one followed by ':' when
    /// <paramref name="keyed"/>, one that is not otherwise; null when a few tries find none.
    /// </summary>
    public static (int Start, int Length)? Word(Random random, List<byte> bytes, bool keyed)
    {
        for (var attempt = 0; attempt < 8 && bytes.Count > 0; attempt++)
        {
            var at = random.Next(bytes.Count);
            while (at < bytes.Count && !IsWord(bytes[at]))
            {
                at++;
            }

            while (at > 0 && IsWord(bytes[at - 1]))
            {
                at--;
            }

            var end = at;
            while (end < bytes.Count && IsWord(bytes[end]))
            {
                end++;
            }

            var isKey = end < bytes.Count && bytes[end] == ':';
            if (end > at && isKey == keyed)
            {
                return (at, end - at);
            }
        }

        return null;
    }

    private static bool IsWord(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'/' or (byte)'_';
}
