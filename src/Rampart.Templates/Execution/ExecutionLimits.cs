namespace Rampart.Templates.Execution;

/// <summary>
/// Bounds on one execution, so that a hostile template can neither hang nor exhaust memory. Time is counted in steps
/// (one per node walked, command evaluated and range iteration), never by a clock, so a limit is reproducible.
/// </summary>
public sealed record ExecutionLimits
{
    /// <summary>The defaults: generous for real charts, small enough to stop a runaway template quickly.</summary>
    public static readonly ExecutionLimits Default = new();

    /// <summary>Steps allowed for the whole execution, nested includes and tpl calls included.</summary>
    public long MaxSteps { get; init; } = 50_000_000;

    /// <summary>Characters of output allowed (the sum over nested executions that build strings, too).</summary>
    public long MaxOutputChars { get; init; } = 64L * 1024 * 1024;

    /// <summary>Nested template invocations (<c>template</c>, <c>include</c>, <c>tpl</c>) allowed.</summary>
    public int MaxDepth { get; init; } = 100_000;
}
