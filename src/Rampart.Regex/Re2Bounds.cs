namespace Rampart.Regex;

/// <summary>
/// Where a match (or a group of it) is in the input: an index and a length, in UTF-16 code units for strings
/// and UTF-16 spans, in bytes for UTF-8 spans. A group that took no part in the match has index -1.
/// </summary>
public readonly record struct Re2Bounds(int Index, int Length)
{
    /// <summary>The bounds of a group that took no part in the match.</summary>
    public static Re2Bounds Unmatched { get; } = new(-1, 0);

    /// <summary>Where the match ends (exclusive).</summary>
    public int End => Index + Length;

    public bool Success => Index >= 0;
}
