using Rampart.Loading;

namespace Rampart.Rendering.Argo;

/// <summary>Copies positioned trees with some scalars or origins changed; every node keeps its place otherwise.</summary>
internal static class NodeRewrite
{
    /// <summary>A copy of <paramref name="node"/> with every scalar passed through <paramref name="scalar"/> and every
    /// origin through <paramref name="origin"/>.</summary>
    public static Node Map(Node node, Func<ScalarNode, ScalarNode> scalar, Func<NodeOrigin?, NodeOrigin?> origin) => node switch
    {
        ScalarNode s => Retarget(scalar(s), origin),
        SequenceNode sequence => new SequenceNode(sequence.Start, sequence.End, [.. sequence.Items.Select(i => Map(i, scalar, origin))])
        {
            Tag = sequence.Tag,
            Origin = origin(sequence.Origin),
        },
        MappingNode map => MapMapping(map, scalar, origin),
        _ => node,
    };

    public static MappingNode MapMapping(MappingNode map, Func<ScalarNode, ScalarNode> scalar, Func<NodeOrigin?, NodeOrigin?> origin) =>
        new(map.Start, map.End, [.. map.Entries.Select(e => new MappingEntry(Map(e.Key, scalar, origin), Map(e.Value, scalar, origin)))])
        {
            Tag = map.Tag,
            Origin = origin(map.Origin),
        };

    /// <summary>A copy of <paramref name="map"/> whose nodes read from <paramref name="from"/> say <paramref name="to"/>.</summary>
    public static MappingNode Reorigin(MappingNode map, string from, NodeOrigin to) =>
        MapMapping(map, s => s, o => o is not null && o.Path == from ? to : o);

    /// <summary>A string scalar with new text at the place of <paramref name="source"/>.</summary>
    public static ScalarNode WithText(ScalarNode source, string text) =>
        new(source.Start, source.End, text, source.Style, ScalarKind.String) { Tag = source.Tag, Origin = source.Origin };

    /// <summary>A copy of a scalar with a different origin, every resolved value kept.</summary>
    private static ScalarNode Retarget(ScalarNode s, Func<NodeOrigin?, NodeOrigin?> origin)
    {
        var target = origin(s.Origin);
        return ReferenceEquals(target, s.Origin)
            ? s
            : new ScalarNode(s.Start, s.End, s.Text, s.Style, s.Kind)
            {
                Bool = s.Bool,
                Int = s.Int,
                Float = s.Float,
                IsUnsigned = s.IsUnsigned,
                UInt = s.UInt,
                Tag = s.Tag,
                Origin = target,
            };
    }
}
