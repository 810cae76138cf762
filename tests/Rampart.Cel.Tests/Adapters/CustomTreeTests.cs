using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Adapters;

/// <summary>A host tree presented to CEL by subclassing <see cref="CelMap"/> and <see cref="CelList"/>, without copying.</summary>
public sealed class CustomTreeTests
{
    [Fact]
    public void Host_tree_is_read_through_small_map_and_list_views()
    {
        var metadata = new Node(new Dictionary<string, Node> { ["name"] = new Node("web") });
        var ports = new Node(new List<Node> { new("80"), new("443") });
        var tree = new Node(new Dictionary<string, Node> { ["metadata"] = metadata, ["ports"] = ports });

        var result = Compile("object.metadata.name == 'web' && object.ports.exists(p, p == '443') && !has(object.spec)")
            .Evaluate(new CelActivation().Add("object", NodeMap.View(tree)));

        Assert.Equal(CelBool.True, result);
        Assert.Equal(0, tree.KeysEnumerated);
    }

    [Fact]
    public void Failure_inside_a_host_adapter_is_an_internal_failure_not_a_value()
    {
        var program = Compile("object.broken == 1");

        var failure = Assert.Throws<CelInternalException>(() => program.Evaluate(new CelActivation().Add("object", new ThrowingMap())));

        Assert.Equal("the tree is gone", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        Assert.Equal("object.broken == 1", failure.Expression);
    }

    private sealed class Node
    {
        public Node(Dictionary<string, Node> children) => Children = children;

        public Node(List<Node> items) => Items = items;

        public Node(string text) => Text = text;

        public Dictionary<string, Node>? Children { get; }

        public List<Node>? Items { get; }

        public string? Text { get; }

        public int KeysEnumerated { get; set; }
    }

    private sealed class NodeMap(Node node) : CelMap
    {
        public override int Count => node.Children!.Count;

        public override IEnumerable<CelValue> Keys
        {
            get
            {
                node.KeysEnumerated++;
                return node.Children!.Keys.Select(k => (CelValue)CelString.Of(k));
            }
        }

        public static CelValue View(Node node) => node switch
        {
            { Children: not null } => new NodeMap(node),
            { Items: { } items } => new NodeList(items),
            _ => CelString.Of(node.Text!),
        };

        public override bool TryGetValue(CelValue key, out CelValue value)
        {
            if (key is CelString s && node.Children!.TryGetValue(s.Value, out var child))
            {
                value = View(child);
                return true;
            }

            value = null!;
            return false;
        }
    }

    private sealed class NodeList(List<Node> items) : CelList
    {
        public override int Count => items.Count;

        public override CelValue this[int index] => NodeMap.View(items[index]);
    }

    private sealed class ThrowingMap : CelMap
    {
        public override int Count => 1;

        public override IEnumerable<CelValue> Keys => [];

        public override bool TryGetValue(CelValue key, out CelValue value) => throw new InvalidOperationException("the tree is gone");
    }
}
