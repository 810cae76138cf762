namespace Rampart.Loading;

/// <summary>
/// A node of a positioned document tree: YAML or JSON loaded so that every node knows where it stands in
/// its file. Trees are immutable once loaded and may be read from several threads.
/// </summary>
public abstract class Node(Mark start, Mark end)
{
    /// <summary>
    /// The tag and the origin share one field, so a tree loaded for a scan (no origins, rarely a tag) costs no more
    /// than before origins existed: null, a tag (<see cref="string"/>), a <see cref="NodeOrigin"/>, or both.
    /// </summary>
    private object? extra;

    public Mark Start { get; } = start;
    public Mark End { get; } = end;

    /// <summary>An explicit tag (<c>!!str</c>, <c>!custom</c>), or null when the node had none.</summary>
    public string? Tag
    {
        get => extra switch
        {
            string tag => tag,
            TaggedOrigin both => both.Tag,
            _ => null,
        };
        init => extra = Combine(value, Origin);
    }

    /// <summary>
    /// The file this node was read from, when it was loaded for rendering (or made by a renderer from a line of
    /// one); null in trees loaded for a plain scan, whose file is the document's own.
    /// </summary>
    public NodeOrigin? Origin
    {
        get => extra switch
        {
            NodeOrigin origin => origin,
            TaggedOrigin both => both.Origin,
            _ => null,
        };
        init => extra = Combine(Tag, value);
    }

    private static object? Combine(string? tag, NodeOrigin? origin) =>
        tag is null ? origin : origin is null ? tag : new TaggedOrigin(tag, origin);
}
