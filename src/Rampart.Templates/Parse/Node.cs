using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A node of a parse tree: its kind, its offset in the template text and the tree it belongs to.</summary>
internal abstract class Node(NodeKind kind, int pos, TemplateTree tree)
{
    public NodeKind Kind { get; } = kind;

    public int Pos { get; } = pos;

    public TemplateTree Tree { get; } = tree;

    /// <summary>Writes the node as Go prints it in error messages.</summary>
    public abstract void WriteTo(StringBuilder sb);

    public override string ToString()
    {
        var sb = new StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }
}
