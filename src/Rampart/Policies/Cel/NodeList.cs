using Rampart.Cel.Values;
using Rampart.Loading;

namespace Rampart.Policies.Cel;

/// <summary>A CEL list over a YAML sequence, read in place; elements are wrapped on first access.</summary>
public sealed class NodeList(SequenceNode node) : CelList, INodeValue
{
    private readonly CelValue?[] items = new CelValue?[node.Count];

    public Node Node => node;

    public SequenceNode Sequence => node;

    public override int Count => items.Length;

    public override CelValue this[int index] => items[index] ??= NodeValues.From(node.Items[index]);
}
