using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A field chain on the cursor: <c>.a.b</c>.</summary>
internal sealed class FieldNode(int pos, TemplateTree tree, string[] ident) : Node(NodeKind.Field, pos, tree)
{
    public string[] Ident { get; } = ident;

    public override void WriteTo(StringBuilder sb)
    {
        foreach (var id in Ident)
        {
            sb.Append('.').Append(id);
        }
    }
}
