using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>Between positioned trees (what files load to, what a build returns) and working trees.</summary>
internal static class TreeConversion
{
    /// <summary>A working copy of <paramref name="node"/>; null when a mapping key is not a scalar.</summary>
    public static KNode? ToWork(Node node)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return new KScalar(scalar);
            case SequenceNode sequence:
                var seq = new KSequence(sequence.Start, sequence.End, sequence.Origin, sequence.Tag);
                seq.Items.Capacity = sequence.Count;
                for (var i = 0; i < sequence.Count; i++)
                {
                    if (ToWork(sequence[i]) is not { } converted)
                    {
                        return null;
                    }

                    seq.Items.Add(converted);
                }

                return seq;
            case MappingNode mapping:
                var map = new KMap(mapping.Start, mapping.End, mapping.Origin, mapping.Tag, mapping.Entries.Count);
                // Indexed, as the entries are an interface over an array: a foreach would allocate an enumerator per mapping.
                var entries = mapping.Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    var entry = entries[i];
                    if (entry.Key is not ScalarNode key || ToWork(entry.Value) is not { } value)
                    {
                        return null;
                    }

                    map.Add(new KEntry(Yaml12Key(key), value));
                }

                return map;
            default:
                return null;
        }
    }

    /// <summary>
    /// A key as Kustomize reads it, in YAML 1.2: <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c> are strings, not the
    /// booleans Kubernetes' YAML 1.1 decoder makes of them.
    /// </summary>
    private static ScalarNode Yaml12Key(ScalarNode key) =>
        key.Kind == ScalarKind.Bool && !key.Text.Equals("true", StringComparison.OrdinalIgnoreCase) && !key.Text.Equals("false", StringComparison.OrdinalIgnoreCase)
            ? new ScalarNode(key.Start, key.End, key.Text, key.Style, ScalarKind.String) { Origin = key.Origin, Tag = key.Tag }
            : key;

    /// <summary>The positioned tree of a finished working tree; every node keeps its place and origin.</summary>
    public static Node ToPositioned(KNode node) => node switch
    {
        KScalar scalar => scalar.Node,
        KSequence sequence => ToPositioned(sequence),
        KMap map => ToPositioned(map),
        _ => throw new InvalidOperationException("unknown working node " + node.GetType().Name),
    };

    private static SequenceNode ToPositioned(KSequence sequence)
    {
        var items = new Node[sequence.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ToPositioned(sequence.Items[i]);
        }

        return new SequenceNode(sequence.Start, sequence.End, items) { Tag = sequence.Tag, Origin = sequence.Origin };
    }

    public static MappingNode ToPositioned(KMap map)
    {
        var entries = new MappingEntry[map.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = map.Entries[i];
            entries[i] = new MappingEntry(entry.Key, ToPositioned(entry.Value));
        }

        return new MappingNode(map.Start, map.End, entries) { Tag = map.Tag, Origin = map.Origin };
    }
}
