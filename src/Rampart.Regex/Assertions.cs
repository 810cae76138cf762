namespace Rampart.Regex;

/// <summary>Which empty-width assertions hold between two code points.</summary>
internal static class Assertions
{
    /// <summary>The empty-width conditions between two code points (-1 stands for the edge of the text).</summary>
    public static EmptyFlags Between(int before, int after)
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
