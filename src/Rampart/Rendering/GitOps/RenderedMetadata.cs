using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>Rendered objects with fields of their <c>metadata</c> set by a Flux field, each at that field's file and line.</summary>
internal static class RenderedMetadata
{
    /// <summary>
    /// <paramref name="root"/> with <c>metadata.<paramref name="key"/></c> made by <paramref name="value"/> from what
    /// stands there (null when nothing does); a missing <c>metadata</c> is made at <paramref name="at"/>.
    /// </summary>
    public static MappingNode Set(MappingNode root, string key, Func<Node?, Node> value, Node at, NodeOrigin origin)
    {
        var metadata = root["metadata"] as MappingNode;
        var entries = Set(metadata?.Entries ?? [], key, value(metadata?[key]), at, origin, newKey: true);
        var newMetadata = new MappingNode(metadata?.Start ?? at.Start, metadata?.End ?? at.End, entries) { Tag = metadata?.Tag, Origin = metadata?.Origin ?? origin };
        return new MappingNode(root.Start, root.End, Set(root.Entries, "metadata", newMetadata, at, origin)) { Tag = root.Tag, Origin = root.Origin };
    }

    /// <summary>
    /// The entries with <paramref name="key"/>'s value replaced where it stands (its key too, at <paramref name="at"/>,
    /// when <paramref name="newKey"/>), or added at the end with a key at <paramref name="at"/>.
    /// </summary>
    public static List<MappingEntry> Set(IReadOnlyList<MappingEntry> entries, string key, Node value, Node at, NodeOrigin origin, bool newKey = false)
    {
        var result = entries.ToList();
        var index = result.FindIndex(e => e.KeyText == key);
        var made = new ScalarNode(at.Start, at.Start, key, ScalarStyle.Plain, ScalarKind.String) { Origin = origin };
        if (index >= 0)
        {
            result[index] = new MappingEntry(newKey ? made : result[index].Key, value);
        }
        else
        {
            result.Add(new MappingEntry(made, value));
        }

        return result;
    }

    /// <summary>A string scalar with <paramref name="text"/>, standing where <paramref name="at"/> stands in <paramref name="origin"/>.</summary>
    public static ScalarNode String(string text, Node at, NodeOrigin origin) =>
        new(at.Start, at.End, text, ScalarStyle.Plain, ScalarKind.String) { Origin = origin };
}
