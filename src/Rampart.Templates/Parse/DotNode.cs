using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>The cursor, <c>.</c>.</summary>
internal sealed class DotNode(int pos, TemplateTree tree) : Node(NodeKind.Dot, pos, tree)
{
    public override void WriteTo(StringBuilder sb) => sb.Append('.');
}
