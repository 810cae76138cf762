using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>The untyped <c>nil</c>.</summary>
internal sealed class NilNode(int pos, TemplateTree tree) : Node(NodeKind.Nil, pos, tree)
{
    public override void WriteTo(StringBuilder sb) => sb.Append("nil");
}
