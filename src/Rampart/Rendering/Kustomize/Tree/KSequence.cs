using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>A sequence of the working tree, edited in place.</summary>
internal sealed class KSequence(Mark start, Mark end, NodeOrigin? origin, string? tag = null) : KNode
{
    public List<KNode> Items { get; set; } = [];

    public override Mark Start { get; } = start;
    public override Mark End { get; } = end;
    public override NodeOrigin? Origin { get; } = origin;
    public override string? Tag { get; } = tag;

    public int Count => Items.Count;

    public override KNode DeepCopy()
    {
        var copy = new KSequence(Start, End, Origin, Tag);
        copy.Items.Capacity = Items.Count;
        foreach (var item in Items)
        {
            copy.Items.Add(item.DeepCopy());
        }

        return copy;
    }
}
