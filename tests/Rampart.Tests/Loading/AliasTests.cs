using System.Text;
using Rampart.Loading;
using Rampart.Testing;

namespace Rampart.Tests.Loading;

public sealed class AliasTests
{
    [Fact]
    public void An_alias_shares_the_anchored_node()
    {
        var root = Loaded.Root("a: &x {k: v}\nb: *x\n").Map();

        Assert.Same(root["a"], root["b"]);
    }

    [Fact]
    public void An_unknown_alias_is_reported_where_it_stands()
    {
        var document = Assert.Single(Loaded.Documents("a: 1\nb: *nowhere\n"));

        var problem = Assert.Single(document.Problems);
        Assert.Equal(LoadRules.UnknownAlias.Id, problem.RuleId);
        Assert.Equal((2, 4), problem.At());
        Assert.Null(document.Root);
    }

    [Fact]
    public void An_alias_to_its_own_ancestor_is_unknown()
    {
        var problem = Loaded.Problem("a: &x [*x]\n", LoadRules.UnknownAlias);

        Assert.Equal((1, 8), problem.At());
    }

    [Fact]
    public void The_billion_laughs_shape_is_stopped_at_the_alias_that_passes_the_budget()
    {
        // l1 to l4 expand to 123,340 nodes; each alias of l5 adds 111,111, so the eighth passes 1,000,000.
        var documents = Loaded.Documents(Laughs(10) + "after: ok\n---\nnext: loaded\n");

        var problem = Assert.Single(documents[0].Problems);
        Assert.Equal(LoadRules.AliasBomb.Id, problem.RuleId);
        Assert.Equal((6, 45), problem.At());
        Assert.Null(documents[0].Root);
        Assert.Equal("loaded", documents[1].Root.Map()["next"].Scalar().Text);
    }

    [Fact]
    public void Nested_aliases_take_memory_for_their_text_not_for_what_they_expand_to()
    {
        var unlimited = LoadLimits.Default with { MaxExpandedNodes = long.MaxValue };

        // Three levels more expand to a thousand times the nodes, and add a few lines of text.
        Work.AssertLinear(
            levels =>
            {
                var yaml = Laughs(levels);
                return Work.AllocatedBy(() => Loaded.Documents(yaml, unlimited));
            },
            3,
            factor: 2);
        var root = Assert.Single(Loaded.Documents(Laughs(9), unlimited)).Root.Map();
        Assert.All(root["l8"].Seq().Items, item => Assert.Same(root["l7"], item));
    }

    [Fact]
    public void Aliases_within_the_budget_load()
    {
        var root = Loaded.Root("a: &a [1, 2]\nb: [*a, *a, *a]\n").Map();

        Assert.Equal(3, root["b"].Seq().Count);
    }

    /// <summary>The "billion laughs" shape: each level a list of ten aliases to the level before.</summary>
    private static string Laughs(int levels)
    {
        var yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < levels; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10));
            yaml.Append($"l{i}: &l{i} [{refs}]\n");
        }

        return yaml.ToString();
    }
}
