namespace Rampart.Regex;

/// <summary>Compile-time options. The defaults are RE2's: case-sensitive, about 100k instructions at most.</summary>
public sealed record Re2Options
{
    /// <summary>The largest program compiled by default, in instructions.</summary>
    public const int DefaultMaxProgramSize = 100_000;

    /// <summary>The largest program a <see cref="Re2Set"/> compiles all its patterns into by default, in instructions.</summary>
    public const int DefaultMaxSetProgramSize = 1_000_000;

    public static Re2Options Default { get; } = new();

    /// <summary>Match without regard to case (Unicode simple case folding), as if the pattern began with <c>(?i)</c>.</summary>
    public bool CaseInsensitive { get; init; }

    /// <summary>Patterns whose compiled program is larger than this are rejected as too large.</summary>
    public int MaxProgramSize { get; init; } = DefaultMaxProgramSize;

    /// <summary>A <see cref="Re2Set"/> whose patterns together compile to more instructions than this is rejected as too large.</summary>
    public int MaxSetProgramSize { get; init; } = DefaultMaxSetProgramSize;
}
