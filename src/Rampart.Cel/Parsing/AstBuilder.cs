using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>Creates expression nodes with unique ids, enforcing the limits on node count and nesting.</summary>
internal sealed class AstBuilder(CelLimits limits)
{
    private int nextId = 1;

    /// <summary>The number of ids handed out (every node has one).</summary>
    public int IdCount => nextId;

    public int NextId()
    {
        if (nextId > limits.MaxNodes)
        {
            throw new SyntaxError(0, $"expression too large: more than {limits.MaxNodes} nodes");
        }

        return nextId++;
    }

    public T Check<T>(T expr)
        where T : Expr
    {
        if (expr.Height > limits.MaxNestingDepth)
        {
            throw new SyntaxError(expr.Offset, $"expression nested too deeply: more than {limits.MaxNestingDepth} levels");
        }

        return expr;
    }

    public ConstantExpr Constant(int offset, CelValue value) => new(NextId(), offset, value);

    public IdentExpr Ident(int offset, string name) => new(NextId(), offset, name);

    public SelectExpr Select(int offset, Expr operand, string field, bool testOnly = false, bool optional = false) =>
        Check(new SelectExpr(NextId(), offset, operand, field, testOnly, optional));

    public CallExpr Call(int offset, string function, params Expr[] arguments) => Check(new CallExpr(NextId(), offset, function, null, arguments));

    public CallExpr MemberCall(int offset, string function, Expr target, params Expr[] arguments) =>
        Check(new CallExpr(NextId(), offset, function, target, arguments));

    public ListExpr List(int offset, Expr[] elements, int[] optionalIndices) => Check(new ListExpr(NextId(), offset, elements, optionalIndices));

    public MapExpr Map(int offset, MapEntryExpr[] entries) => Check(new MapExpr(NextId(), offset, entries));

    public StructExpr Struct(int offset, string typeName, MapEntryExpr[] fields) => Check(new StructExpr(NextId(), offset, typeName, fields));

    public ComprehensionExpr Comprehension(
        int offset, string iterVar, string? iterVar2, Expr range, string accuVar, Expr accuInit, Expr condition, Expr step, Expr result) =>
        Check(new ComprehensionExpr(NextId(), offset, iterVar, iterVar2, range, accuVar, accuInit, condition, step, result));

    /// <summary>
    /// Joins operands of <c>&amp;&amp;</c> or <c>||</c> into a balanced tree, so that long chains stay shallow
    /// (the operators are associative, error absorption included).
    /// </summary>
    public Expr Balanced(string function, List<Expr> operands, List<int> offsets, int from, int to)
    {
        if (from == to)
        {
            return operands[from];
        }

        var middle = (from + to + 1) / 2;
        var left = Balanced(function, operands, offsets, from, middle - 1);
        var right = Balanced(function, operands, offsets, middle, to);
        return Call(offsets[middle - 1], function, left, right);
    }
}
