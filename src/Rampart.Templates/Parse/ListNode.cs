using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A sequence of nodes.</summary>
internal sealed class ListNode(int pos, TemplateTree tree) : Node(NodeKind.List, pos, tree)
{
    public List<Node> Nodes { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        foreach (var n in Nodes)
        {
            n.WriteTo(sb);
        }
    }

    /// <summary>Go's IsEmptyTree: only comments and blank text.</summary>
    public bool IsEmpty() => Nodes.All(n => n switch
    {
        TextNode t => string.IsNullOrWhiteSpace(t.Text) && t.Text.All(c => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u00a0'),
        CommentNode => true,
        ListNode l => l.IsEmpty(),
        _ => false,
    });
}
