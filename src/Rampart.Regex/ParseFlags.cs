namespace Rampart.Regex;

/// <summary>The flags that <c>(?imsU)</c> switch, scoped to the enclosing group.</summary>
[Flags]
internal enum ParseFlags
{
    None = 0,

    /// <summary>(?i): case-insensitive.</summary>
    FoldCase = 1,

    /// <summary>(?m): ^ and $ match at line boundaries.</summary>
    MultiLine = 2,

    /// <summary>(?s): . matches a newline.</summary>
    DotNewline = 4,

    /// <summary>(?U): repetitions are lazy unless followed by ?.</summary>
    Ungreedy = 8,
}
