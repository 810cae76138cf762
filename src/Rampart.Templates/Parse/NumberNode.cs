using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>A numeric constant with every Go type it can be (int, uint, float, complex), as Go's parser records it.</summary>
internal sealed class NumberNode(int pos, TemplateTree tree, string text) : Node(NodeKind.Number, pos, tree)
{
    public string Text { get; } = text;

    public bool IsInt { get; set; }

    public bool IsUint { get; set; }

    public bool IsFloat { get; set; }

    public bool IsComplex { get; set; }

    public long Int64 { get; set; }

    public ulong Uint64 { get; set; }

    public double Float64 { get; set; }

    public double Real { get; set; }

    public double Imaginary { get; set; }

    public override void WriteTo(StringBuilder sb) => sb.Append(Text);
}
