using System.Diagnostics;
using System.Text;
using Rampart.Loading;

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
    public void The_billion_laughs_shape_is_stopped_in_milliseconds_without_expanding()
    {
        var yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10));
            yaml.Append($"l{i}: &l{i} [{refs}]\n");
        }

        yaml.Append("after: ok\n---\nnext: loaded\n");
        var watch = Stopwatch.StartNew();
        var documents = Loaded.Documents(yaml.ToString());
        watch.Stop();

        var problem = Assert.Single(documents[0].Problems);
        Assert.Equal(LoadRules.AliasBomb.Id, problem.RuleId);
        Assert.Equal((6, 45), problem.At());
        Assert.Null(documents[0].Root);
        Assert.Equal("loaded", documents[1].Root.Map()["next"].Scalar().Text);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Aliases_within_the_budget_load()
    {
        var root = Loaded.Root("a: &a [1, 2]\nb: [*a, *a, *a]\n").Map();

        Assert.Equal(3, root["b"].Seq().Count);
    }
}
