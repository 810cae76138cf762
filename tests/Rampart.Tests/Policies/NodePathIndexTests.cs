using Rampart.Loading;
using Rampart.Policies.Evaluation;

namespace Rampart.Tests.Policies;

public sealed class NodePathIndexTests
{
    private static MappingNode Tree(string yaml) => (MappingNode)new YamlLoader().Load("d.yaml", yaml).Single().Root!;

    private static Node Container(MappingNode root, int index) =>
        ((SequenceNode)((MappingNode)root["spec"]!)["containers"]!).Items[index];

    [Fact]
    public void An_index_still_gives_its_paths_after_a_later_index_on_the_thread_took_its_table()
    {
        var first = Tree("spec:\n  containers:\n    - name: a\n    - name: b\n");
        var second = Tree("spec:\n  initContainers: []\n  containers:\n    - name: c\n");
        var earlier = new NodePathIndex(first);
        var later = new NodePathIndex(second);

        Assert.True(earlier.TryGet(Container(first, 1), out var path, out _));
        Assert.False(earlier.TryGet(Container(second, 0), out _, out _));
        Assert.True(later.TryGet(Container(second, 0), out var laterPath, out _));

        Assert.Equal("spec.containers[1]", path);
        Assert.Equal("spec.containers[0]", laterPath);
    }

    [Fact]
    public void A_node_an_alias_shares_has_the_path_where_the_walk_meets_it_first()
    {
        var root = Tree("spec:\n  a: &shared {x: 1}\n  b: *shared\n");
        var shared = ((MappingNode)root["spec"]!)["a"]!;

        Assert.True(new NodePathIndex(root).TryGet(shared, out var path, out var key));

        Assert.Equal("spec.a", path);
        Assert.Equal("a", ((ScalarNode)key!).Text);
    }
}
