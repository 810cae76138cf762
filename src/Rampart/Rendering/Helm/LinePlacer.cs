using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Copies a tree read from a rendered manifest with every node at the source line its manifest line came from:
/// scalar values printed from the values at the values line, everything else at the template line.
/// </summary>
internal sealed class LinePlacer(IReadOnlyList<ManifestLine> lines, Dictionary<string, NodeOrigin> origins)
{
    public Node Place(Node node, bool inValue)
    {
        var (origin, start, end) = Position(node, inValue && node is ScalarNode);
        switch (node)
        {
            case ScalarNode s:
                return new ScalarNode(start, end, s.Text, s.Style, s.Kind)
                {
                    Tag = s.Tag, Origin = origin, Bool = s.Bool, Int = s.Int, UInt = s.UInt, IsUnsigned = s.IsUnsigned, Float = s.Float,
                };
            case SequenceNode sequence:
                return new SequenceNode(start, end, [.. sequence.Items.Select(i => Place(i, inValue: true))]) { Tag = sequence.Tag, Origin = origin };
            case MappingNode map:
                var entries = map.Entries.Select(e => new MappingEntry(Place(e.Key, inValue: false), Place(e.Value, inValue: true))).ToList();
                return new MappingNode(start, end, entries) { Tag = map.Tag, Origin = origin };
            default:
                return node;
        }
    }

    /// <summary>A loader finding on the manifest, moved to the template line of its manifest line.</summary>
    public SourceLocation Locate(SourceLocation location) =>
        Line(location.Line) is { } line ? new SourceLocation(line.Template.File, line.Template.Line, 0, FieldPath: location.FieldPath) : location;

    private (NodeOrigin Origin, Mark Start, Mark End) Position(Node node, bool value)
    {
        var line = Line(node.Start.Line);
        if (line is null)
        {
            return (OriginOf("?"), node.Start, node.End);
        }

        var at = value && line.Value is { } v ? v : line.Template;
        var start = new Mark(at.Line, at.Column > 0 && at == line.Value ? at.Column : node.Start.Column);
        var end = node.End.Line == node.Start.Line ? new Mark(at.Line, start.Column + (node.End.Column - node.Start.Column)) : start;
        return (OriginOf(at.File), start, end);
    }

    private ManifestLine? Line(int manifestLine) => manifestLine >= 1 && manifestLine <= lines.Count ? lines[manifestLine - 1] : null;

    private NodeOrigin OriginOf(string file)
    {
        file = HelmObjects.InRepository(file);
        if (!origins.TryGetValue(file, out var origin))
        {
            origin = new NodeOrigin(file);
            origins[file] = origin;
        }

        return origin;
    }
}
