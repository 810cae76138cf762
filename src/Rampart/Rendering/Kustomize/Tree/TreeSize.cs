namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>Counts the nodes of a working tree (what a bound on kept trees counts).</summary>
internal static class TreeSize
{
    public static long Of(KNode node) => node switch
    {
        KMap map => 1 + map.Entries.Sum(e => Of(e.Value)),
        KSequence sequence => 1 + sequence.Items.Sum(Of),
        _ => 1,
    };
}
