using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>
/// A node of the working tree a build edits in place, as Kustomize edits its own: a mapping, a sequence or a
/// scalar. Every node keeps where it was written (<see cref="Start"/>, <see cref="End"/>, <see cref="Origin"/>):
/// a node read from a file keeps that file's line, a node a transformer makes takes the line of the
/// kustomization entry that made it. The finished tree becomes a positioned <see cref="Node"/> tree again.
/// </summary>
internal abstract class KNode
{
    public abstract Mark Start { get; }
    public abstract Mark End { get; }
    public abstract NodeOrigin? Origin { get; }

    /// <summary>The explicit tag the node was written with, or null.</summary>
    public abstract string? Tag { get; }

    /// <summary>A copy that shares nothing mutable with this node (scalars are immutable and shared).</summary>
    public abstract KNode DeepCopy();

    /// <summary>Whether this is a null scalar (<c>null</c>, <c>~</c>, or nothing after the key).</summary>
    public bool IsNull => this is KScalar { Node.Kind: ScalarKind.Null };
}
