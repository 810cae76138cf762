using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A variable with an optional field chain: <c>$x.a.b</c>.</summary>
internal sealed class VariableNode(int pos, TemplateTree tree, string[] ident) : Node(NodeKind.Variable, pos, tree)
{
    public string[] Ident { get; } = ident;

    public override void WriteTo(StringBuilder sb) => sb.AppendJoin('.', Ident);
}
