namespace Rampart.Cel.Parsing;

/// <summary>
/// A node of the parsed expression. <see cref="Id"/> is unique within one expression (side tables of the
/// checker are indexed by it); <see cref="Offset"/> is the character offset the node is reported at;
/// <see cref="Height"/> is the depth of the subtree, bounded so that no later pass can overflow the stack.
/// </summary>
internal abstract class Expr(int id, int offset, int height)
{
    public int Id { get; } = id;

    public int Offset { get; } = offset;

    public int Height { get; } = height;
}
