namespace Rampart.Regex;

/// <summary>Reads a UTF-16 string as code points; an unpaired surrogate reads as its own value.</summary>
internal static class TextCursor
{
    /// <summary>The code point at <paramref name="index"/> and its width in code units; -1 and 0 at the end.</summary>
    public static int RuneAt(string text, int index, out int width)
    {
        if (index >= text.Length)
        {
            width = 0;
            return -1;
        }

        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>The code point that ends just before <paramref name="index"/>, or -1 at the start.</summary>
    public static int RuneBefore(string text, int index)
    {
        if (index <= 0)
        {
            return -1;
        }

        var c = text[index - 1];
        if (char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(text[index - 2]))
        {
            return char.ConvertToUtf32(text[index - 2], c);
        }

        return c;
    }

    /// <summary>The empty-width conditions between two code points (-1 stands for the edge of the text).</summary>
    public static EmptyFlags FlagsBetween(int before, int after)
    {
        var flags = EmptyFlags.None;
        if (before < 0)
        {
            flags |= EmptyFlags.BeginText | EmptyFlags.BeginLine;
        }
        else if (before == '\n')
        {
            flags |= EmptyFlags.BeginLine;
        }

        if (after < 0)
        {
            flags |= EmptyFlags.EndText | EmptyFlags.EndLine;
        }
        else if (after == '\n')
        {
            flags |= EmptyFlags.EndLine;
        }

        flags |= NamedClasses.IsWordRune(before) != NamedClasses.IsWordRune(after)
            ? EmptyFlags.WordBoundary
            : EmptyFlags.NonWordBoundary;
        return flags;
    }
}
