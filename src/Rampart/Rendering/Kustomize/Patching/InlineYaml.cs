using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>YAML written as a string inside a kustomization, read with its nodes at the kustomization's lines.</summary>
internal static class InlineYaml
{
    /// <summary>
    /// YAML text written inside the kustomization (a patch, a plugin configuration): parsed on its own, its nodes then placed at the kustomization's
    /// lines (the text starts on the line after <c>patch: |</c>).
    /// </summary>
    public static List<KNode>? Documents(KustomizationFile file, string text, KNode at)
    {
        var offset = at is KScalar { Node.Style: ScalarStyle.Literal or ScalarStyle.Folded } ? at.Start.Line : at.Start.Line - 1;
        var documents = ResourceReader.Documents(file.Context, file.Path, text);
        return documents?.Select(d => Relocate(d, offset, at.Origin)).ToList();
    }

    private static KNode Relocate(KNode node, int lines, NodeOrigin? origin)
    {
        static Mark Move(Mark mark, int lines) => new(mark.Line + lines, mark.Column);
        switch (node)
        {
            case KScalar scalar:
                var s = scalar.Node;
                return new KScalar(new ScalarNode(Move(s.Start, lines), Move(s.End, lines), s.Text, s.Style, s.Kind)
                {
                    Tag = s.Tag, Origin = origin, Bool = s.Bool, Int = s.Int, UInt = s.UInt, IsUnsigned = s.IsUnsigned, Float = s.Float,
                });
            case KSequence sequence:
                var list = new KSequence(Move(sequence.Start, lines), Move(sequence.End, lines), origin, sequence.Tag);
                list.Items.AddRange(sequence.Items.Select(i => Relocate(i, lines, origin)));
                return list;
            case KMap map:
                var copy = new KMap(Move(map.Start, lines), Move(map.End, lines), origin, map.Tag);
                foreach (var entry in map.Entries)
                {
                    var key = ((KScalar)Relocate(new KScalar(entry.Key), lines, origin)).Node;
                    copy.Add(new KEntry(key, Relocate(entry.Value, lines, origin)));
                }

                return copy;
            default:
                return node;
        }
    }
}
