using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>An action whose value is printed: <c>{{ pipeline }}</c>.</summary>
internal sealed class ActionNode(int pos, TemplateTree tree, int line, PipeNode pipe) : Node(NodeKind.Action, pos, tree)
{
    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{");
        Pipe.WriteTo(sb);
        sb.Append("}}");
    }
}
