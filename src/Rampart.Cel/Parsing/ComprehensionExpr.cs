namespace Rampart.Cel.Parsing;

/// <summary>
/// The loop every macro expands to: for each element (or index/key and value with two variables) of
/// <see cref="Range"/>, while <see cref="LoopCondition"/> holds, set the accumulator to <see cref="LoopStep"/>;
/// then evaluate <see cref="Result"/>.
/// </summary>
internal sealed class ComprehensionExpr(
    int id,
    int offset,
    string iterVar,
    string? iterVar2,
    Expr range,
    string accuVar,
    Expr accuInit,
    Expr loopCondition,
    Expr loopStep,
    Expr result)
    : Expr(id, offset, CallExpr.MaxHeight([range, accuInit, loopCondition, loopStep, result]) + 1)
{
    public string IterVar { get; } = iterVar;

    /// <summary>The second variable of a two-variable comprehension (the value; <see cref="IterVar"/> is the index or key).</summary>
    public string? IterVar2 { get; } = iterVar2;

    public Expr Range { get; } = range;

    public string AccuVar { get; } = accuVar;

    public Expr AccuInit { get; } = accuInit;

    public Expr LoopCondition { get; } = loopCondition;

    public Expr LoopStep { get; } = loopStep;

    public Expr Result { get; } = result;
}
