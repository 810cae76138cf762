using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>Whether two working trees hold the same data (mappings in any order, scalars by resolved value).</summary>
internal static class TreeEquality
{
    public static bool Equal(KNode a, KNode b) => (a, b) switch
    {
        (KScalar x, KScalar y) => SameScalar(x.Node, y.Node),
        (KSequence x, KSequence y) => x.Count == y.Count && x.Items.Zip(y.Items).All(p => Equal(p.First, p.Second)),
        (KMap x, KMap y) => x.Count == y.Count && x.Entries.All(e => y[e.Name] is { } other && Equal(e.Value, other)),
        _ => false,
    };

    public static bool SameScalar(ScalarNode x, ScalarNode y) => x.Kind == y.Kind && x.Kind switch
    {
        ScalarKind.Null => true,
        ScalarKind.Bool => x.Bool == y.Bool,
        ScalarKind.Int => x.IsUnsigned == y.IsUnsigned && x.Int == y.Int && x.UInt == y.UInt,
        ScalarKind.Float => x.Float.Equals(y.Float),
        _ => x.Text == y.Text,
    };
}
