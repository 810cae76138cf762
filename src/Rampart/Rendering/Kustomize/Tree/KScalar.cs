using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>A scalar of the working tree: an immutable positioned scalar, replaced rather than edited.</summary>
internal sealed class KScalar(ScalarNode node) : KNode
{
    public ScalarNode Node { get; } = node;

    /// <summary>The scalar's text as written (after escapes).</summary>
    public string Value => Node.Text;

    public override Mark Start => Node.Start;
    public override Mark End => Node.End;
    public override NodeOrigin? Origin => Node.Origin;
    public override string? Tag => Node.Tag;

    public override KNode DeepCopy() => this;

    public override string ToString() => Value;
}
