using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

internal sealed class ConstantExpr(int id, int offset, CelValue value) : Expr(id, offset, 1)
{
    public CelValue Value { get; } = value;
}
