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

    /// <summary>
    /// For the static cost estimate: the size assumed for a string, list or map that nothing bounds (values
    /// read from variables). The default is Kubernetes' request size limit, 3 MiB.
    /// </summary>
    public ulong AssumedMaxSize { get; init; } = 3 * 1024 * 1024;
}
