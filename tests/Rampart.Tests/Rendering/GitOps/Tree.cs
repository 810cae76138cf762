using Rampart.Loading;

namespace Rampart.Tests.Rendering.GitOps;

/// <summary>Reading rendered trees in tests: the node at a path of keys (strings) and list indexes (integers).</summary>
internal static class Tree
{
    public static Node At(Node node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step switch
            {
                string key => ((MappingNode)node)[key] ?? throw new KeyNotFoundException(key),
                int index => ((SequenceNode)node)[index],
                _ => throw new ArgumentException("a path step is a key or an index", nameof(path)),
            };
        }

        return node;
    }

    public static ScalarNode Scalar(Node node, params object[] path) => Assert.IsType<ScalarNode>(At(node, path));

    /// <summary>The file and line a node stands at.</summary>
    public static (string? File, int Line) Place(Node node) => (node.Origin?.Path, node.Start.Line);
}
