using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>Fields chained on a term that is not the cursor or a variable: <c>(pipeline).a.b</c>.</summary>
internal sealed class ChainNode(int pos, TemplateTree tree, Node node) : Node(NodeKind.Chain, pos, tree)
{
    public Node Node { get; } = node;

    public List<string> Field { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        if (Node is PipeNode)
        {
            sb.Append('(');
            Node.WriteTo(sb);
            sb.Append(')');
        }
        else
        {
            Node.WriteTo(sb);
        }

        foreach (var f in Field)
        {
            sb.Append('.').Append(f);
        }
    }
}
