using System.Text;

namespace Rampart.Templates.Parse;

/// <summary><c>if</c>, <c>range</c> or <c>with</c>: a pipeline, a list and an optional else list.</summary>
internal sealed class BranchNode(NodeKind kind, int pos, TemplateTree tree, int line, PipeNode pipe, ListNode list, ListNode? elseList)
    : Node(kind, pos, tree)
{
    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{").Append(Kind switch { NodeKind.If => "if", NodeKind.Range => "range", _ => "with" }).Append(' ');
        Pipe.WriteTo(sb);
        sb.Append("}}");
        List.WriteTo(sb);
        if (ElseList is not null)
        {
            sb.Append("{{else}}");
            ElseList.WriteTo(sb);
        }

        sb.Append("{{end}}");
    }
}
