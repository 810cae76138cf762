namespace Rampart.Cel.Parsing;

/// <summary>A list literal; <see cref="OptionalIndices"/> marks <c>[?x]</c> elements, included only when present.</summary>
internal sealed class ListExpr(int id, int offset, Expr[] elements, int[] optionalIndices)
    : Expr(id, offset, CallExpr.MaxHeight(elements) + 1)
{
    public Expr[] Elements { get; } = elements;

    public int[] OptionalIndices { get; } = optionalIndices;
}
