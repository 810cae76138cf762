namespace Rampart.Regex;

internal enum NodeKind
{
    /// <summary>Matches nothing (an empty class).</summary>
    NoMatch,

    /// <summary>Matches the empty string.</summary>
    EmptyMatch,

    /// <summary>A sequence of code points, matched exactly.</summary>
    Literal,

    /// <summary>One code point from a class.</summary>
    Class,

    /// <summary>Any code point, newline included.</summary>
    AnyChar,

    /// <summary>Any code point but the newline.</summary>
    AnyCharNotNewline,

    /// <summary>An empty-width assertion: ^ $ \A \z \b \B.</summary>
    Assertion,

    Capture,
    Concat,
    Alternate,
    Star,
    Plus,
    Quest,

    /// <summary>A counted repetition {min,max}; max -1 means unbounded.</summary>
    Repeat,
}
