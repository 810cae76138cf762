namespace Rampart.Loading;

/// <summary>
/// A node of a positioned document tree: YAML or JSON loaded so that every node knows where it stands in
/// its file. Trees are immutable once loaded and may be read from several threads.
/// </summary>
public abstract class Node(Mark start, Mark end)
{
    public Mark Start { get; } = start;
    public Mark End { get; } = end;

    /// <summary>An explicit tag (<c>!!str</c>, <c>!custom</c>), or null when the node had none.</summary>
    public string? Tag { get; init; }
}
