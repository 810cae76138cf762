using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>One command of a pipeline: a function, field or value with its arguments.</summary>
internal sealed class CommandNode(int pos, TemplateTree tree) : Node(NodeKind.Command, pos, tree)
{
    public List<Node> Args { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            if (Args[i] is PipeNode pipe)
            {
                sb.Append('(');
                pipe.WriteTo(sb);
                sb.Append(')');
                continue;
            }

            Args[i].WriteTo(sb);
        }
    }
}
