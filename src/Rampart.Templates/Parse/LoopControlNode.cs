using System.Text;

namespace Rampart.Templates.Parse;

/// <summary><c>{{break}}</c> or <c>{{continue}}</c>.</summary>
internal sealed class LoopControlNode(NodeKind kind, int pos, TemplateTree tree, int line) : Node(kind, pos, tree)
{
    public int Line { get; } = line;

    public override void WriteTo(StringBuilder sb) => sb.Append(Kind == NodeKind.Break ? "{{break}}" : "{{continue}}");
}
