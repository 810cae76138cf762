namespace Rampart.Cel;

/// <summary>Bounds that keep hostile expressions from exhausting the process while compiling.</summary>
public sealed record CelLimits
{
    public static CelLimits Default { get; } = new();

    /// <summary>Longest accepted expression, in characters.</summary>
    public int MaxExpressionLength { get; init; } = 100_000;

    /// <summary>Deepest nesting of the expression tree (parentheses, calls, operands), as cel-go bounds it.</summary>
    public int MaxNestingDepth { get; init; } = 250;

    /// <summary>Largest number of nodes in the parsed expression.</summary>
    public int MaxNodes { get; init; } = 50_000;
}
