using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A boolean constant.</summary>
internal sealed class BoolNode(int pos, TemplateTree tree, bool value) : Node(NodeKind.Bool, pos, tree)
{
    public bool True { get; } = value;

    public override void WriteTo(StringBuilder sb) => sb.Append(True ? "true" : "false");
}
