namespace Rampart.Ownership.CodeOwners;

/// <summary>Splits a CODEOWNERS line into the pattern (up to the first unescaped white space) and owner tokens.</summary>
internal static class LineTokens
{
    /// <summary>Index where the pattern ends: the first white space not preceded by a backslash.</summary>
    public static int PatternEnd(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]) && (i == 0 || line[i - 1] != '\\'))
            {
                return i;
            }
        }

        return line.Length;
    }

    /// <summary>The white-space separated tokens from <paramref name="start"/>, each with its 0-based index in the line.</summary>
    public static List<(string Token, int Index)> Tokens(string line, int start)
    {
        var tokens = new List<(string, int)>();
        var i = start;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var begin = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > begin)
            {
                tokens.Add((line[begin..i], begin));
            }
        }

        return tokens;
    }

    /// <summary>Lines without their end-of-line characters, numbered from 1.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            yield return (number, line.TrimEnd('\r'));
        }
    }

    /// <summary>True when <paramref name="text"/> has <paramref name="c"/> not escaped by a backslash.</summary>
    public static bool HasUnescaped(string text, char c)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == c)
            {
                return true;
            }
        }

        return false;
    }
}
