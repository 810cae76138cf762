namespace Rampart.Cel.Parsing;

/// <summary>
/// <c>operand.field</c>; with <see cref="TestOnly"/> it is <c>has(operand.field)</c>; with
/// <see cref="Optional"/> it is <c>operand.?field</c>.
/// </summary>
internal sealed class SelectExpr(int id, int offset, Expr operand, string field, bool testOnly, bool optional)
    : Expr(id, offset, operand.Height + 1)
{
    public Expr Operand { get; } = operand;

    public string Field { get; } = field;

    public bool TestOnly { get; } = testOnly;

    public bool Optional { get; } = optional;
}
