namespace Rampart.Regex;

/// <summary>
/// The input a matcher reads, as code points: UTF-16 (<see cref="Utf16Text"/>) or UTF-8 (<see cref="Utf8Text"/>).
/// Positions and widths count the input's own units (chars or bytes). The matchers are generic over it, so
/// each encoding gets its own compiled loop with no indirection.
/// </summary>
internal interface IText
{
    int Length { get; }

    /// <summary>The unit at <paramref name="index"/> when it is ASCII (the common, fast case); otherwise -1, also past the end.</summary>
    int AsciiAt(int index);

    /// <summary>The code point at <paramref name="index"/> and its width in units; -1 and width 0 at the end.</summary>
    int RuneAt(int index, out int width);

    /// <summary>The code point that ends just before <paramref name="index"/>, or -1 at the start.</summary>
    int RuneBefore(int index);

    /// <summary>The code point that ends just before <paramref name="index"/> and its width; -1 and width 0 at the start.</summary>
    int RuneBefore(int index, out int width);

    /// <summary>Whether the prefilter can skip ahead in this encoding.</summary>
    bool CanSkip(Prefilter prefilter);

    /// <summary>The next position at or after <paramref name="pos"/> where a match can start, or -1.</summary>
    int NextCandidate(Prefilter prefilter, int pos);
}
