namespace Rampart.Cel.Parsing;

/// <summary>A function call; operators are calls too (<c>_+_</c>, <c>_[_]</c>, <c>_?_:_</c>, <c>!_</c>...).</summary>
internal sealed class CallExpr(int id, int offset, string function, Expr? target, Expr[] arguments)
    : Expr(id, offset, Math.Max(target?.Height ?? 0, MaxHeight(arguments)) + 1)
{
    public string Function { get; } = function;

    /// <summary>The receiver of a member call (<c>target.function(args)</c>), or null for a global call.</summary>
    public Expr? Target { get; } = target;

    public Expr[] Arguments { get; } = arguments;

    internal static int MaxHeight(Expr[] items)
    {
        var max = 0;
        foreach (var e in items)
        {
            max = Math.Max(max, e.Height);
        }

        return max;
    }
}
