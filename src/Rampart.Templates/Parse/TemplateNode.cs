using System.Text;

namespace Rampart.Templates.Parse;

/// <summary><c>{{template "name" pipeline}}</c>.</summary>
internal sealed class TemplateNode(int pos, TemplateTree tree, int line, string name, PipeNode? pipe) : Node(NodeKind.Template, pos, tree)
{
    public int Line { get; } = line;

    public string Name { get; } = name;

    public PipeNode? Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{template ").Append(Values.GoQuote.Quote(Name));
        if (Pipe is not null)
        {
            sb.Append(' ');
            Pipe.WriteTo(sb);
        }

        sb.Append("}}");
    }
}
