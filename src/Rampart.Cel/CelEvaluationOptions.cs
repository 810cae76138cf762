namespace Rampart.Cel;

/// <summary>Settings for one evaluation.</summary>
public sealed record CelEvaluationOptions
{
    /// <summary>The Kubernetes per-expression limit: 1,000,000 cost units.</summary>
    public const long DefaultCostLimit = 1_000_000;

    public static CelEvaluationOptions Default { get; } = new();

    /// <summary>
    /// The most cost units one evaluation may spend (see docs/cel.md, "Cost"); past it, evaluation stops with
    /// the error "operation cancelled: actual cost limit exceeded". Null for no limit.
    /// </summary>
    public long? CostLimit { get; init; } = DefaultCostLimit;

    /// <summary>Stops the evaluation with the error "operation cancelled" when signalled.</summary>
    public CancellationToken CancellationToken { get; init; }
}
