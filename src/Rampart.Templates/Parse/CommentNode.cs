using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A comment action.</summary>
internal sealed class CommentNode(int pos, TemplateTree tree, string text) : Node(NodeKind.Comment, pos, tree)
{
    public string Text { get; } = text;

    public override void WriteTo(StringBuilder sb) => sb.Append("{{").Append(Text).Append("}}");
}
