namespace Rampart.Regex;

/// <summary>The empty-width conditions that hold at a position between two code points.</summary>
[Flags]
internal enum EmptyFlags
{
    None = 0,
    BeginLine = 1,
    EndLine = 2,
    BeginText = 4,
    EndText = 8,
    WordBoundary = 16,
    NonWordBoundary = 32,
}
