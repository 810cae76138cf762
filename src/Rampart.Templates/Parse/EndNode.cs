using System.Text;

namespace Rampart.Templates.Parse;

/// <summary><c>{{end}}</c> (or <c>{{else}}</c> when <see cref="IsElse"/>), only seen while parsing.</summary>
internal sealed class EndNode(int pos, TemplateTree tree, bool isElse, int line) : Node(isElse ? NodeKind.Else : NodeKind.End, pos, tree)
{
    public bool IsElse { get; } = isElse;

    public int Line { get; } = line;

    public override void WriteTo(StringBuilder sb) => sb.Append(IsElse ? "{{else}}" : "{{end}}");
}
