namespace Rampart.Cel.Parsing;

/// <summary>A name; a leading dot (<c>.a</c>) marks a name resolved from the root, ignoring the container.</summary>
internal sealed class IdentExpr(int id, int offset, string name) : Expr(id, offset, 1)
{
    public string Name { get; } = name;
}
