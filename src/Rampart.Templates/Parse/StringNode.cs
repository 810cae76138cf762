using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A string constant, with its text as written and as unquoted.</summary>
internal sealed class StringNode(int pos, TemplateTree tree, string quoted, string text) : Node(NodeKind.String, pos, tree)
{
    public string Quoted { get; } = quoted;

    public string Text { get; } = text;

    public override void WriteTo(StringBuilder sb) => sb.Append(Quoted);
}
