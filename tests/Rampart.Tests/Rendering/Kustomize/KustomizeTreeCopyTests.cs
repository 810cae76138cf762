using Rampart.Loading;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// A base's trees are copied for every overlay that includes it, and the output is ordered without making the text
/// Kustomize compares: the copy must share nothing an overlay edits, and the comparison must order as that text would.
/// </summary>
public sealed class KustomizeTreeCopyTests
{
    [Fact]
    public void Copy_of_a_large_mapping_is_edited_without_touching_the_original()
    {
        var original = Map(20);
        var copy = (KMap)original.DeepCopy();

        copy.Set("field-3", Scalar("changed"));
        copy.Set("field-20", Scalar("added"));
        Assert.True(copy.Remove("field-0"));

        Assert.Equal("value-3", original.Text("field-3"));
        Assert.Null(original.Entry("field-20"));
        Assert.Equal("value-0", original.Text("field-0"));
        Assert.Equal(20, original.Count);
        Assert.Equal("changed", copy.Text("field-3"));
        Assert.Equal("added", copy.Text("field-20"));
        Assert.Null(copy.Entry("field-0"));
        Assert.Equal("field-1", copy.Entries[0].Name);
    }

    [Fact]
    public void Copy_keeps_fields_in_order_with_their_keys()
    {
        var original = Map(3);
        var copy = (KMap)original.DeepCopy();

        Assert.Equal(["field-0", "field-1", "field-2"], copy.Entries.Select(e => e.Name));
        Assert.Same(original.Entries[1].Key, copy.Entries[1].Key);
    }

    [Theory]
    [InlineData("a", "x", "a", "x")]
    [InlineData("a", "x", "a-b", "x")]
    [InlineData("a-b", "x", "a", "y")]
    [InlineData("ns", "app", "ns", "app-2")]
    [InlineData("~X", "name", "default", "name")]
    [InlineData("a|b", "c", "a", "b|c")]
    [InlineData("a", "b|c", "a|b", "c")]
    [InlineData("", "", "", "a")]
    [InlineData("zz", "a", "z", "zz")]
    public void Joined_comparison_orders_as_the_joined_text(string a1, string a2, string b1, string b2)
    {
        var expected = Math.Sign(string.CompareOrdinal(a1 + "|" + a2, b1 + "|" + b2));

        Assert.Equal(expected, Math.Sign(LegacyOrder.CompareJoined(a1, a2, b1, b2)));
        Assert.Equal(-expected, Math.Sign(LegacyOrder.CompareJoined(b1, b2, a1, a2)));
    }

    private static KMap Map(int fields)
    {
        var map = new KMap(new Mark(1, 1), new Mark(fields + 1, 1), null);
        for (var i = 0; i < fields; i++)
        {
            map.Set("field-" + i, Scalar("value-" + i));
        }

        return map;
    }

    private static KScalar Scalar(string text) =>
        new(new ScalarNode(new Mark(1, 1), new Mark(1, 1 + text.Length), text, ScalarStyle.Plain, ScalarKind.String));
}
