namespace Rampart.Loading;

public sealed class SequenceNode(Mark start, Mark end, IReadOnlyList<Node> items) : Node(start, end)
{
    public IReadOnlyList<Node> Items { get; } = items;
    public int Count => Items.Count;
    public Node this[int index] => Items[index];
}
