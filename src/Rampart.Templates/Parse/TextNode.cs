using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>Plain text between actions.</summary>
internal sealed class TextNode(int pos, TemplateTree tree, string text) : Node(NodeKind.Text, pos, tree)
{
    public string Text { get; } = text;

    public override void WriteTo(StringBuilder sb) => sb.Append(Values.GoQuote.Quote(Text));
}
