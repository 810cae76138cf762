using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A function name.</summary>
internal sealed class IdentifierNode(int pos, TemplateTree tree, string ident) : Node(NodeKind.Identifier, pos, tree)
{
    public string Ident { get; } = ident;

    public override void WriteTo(StringBuilder sb) => sb.Append(Ident);
}
