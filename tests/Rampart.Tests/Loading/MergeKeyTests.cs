using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Merge keys are applied the way go-yaml v2 applies them.</summary>
public sealed class MergeKeyTests
{
    [Fact]
    public void A_merged_mapping_adds_its_keys_and_explicit_keys_after_it_win()
    {
        const string yaml = """
            base: &base {cpu: 1, memory: 2Gi}
            limits:
              <<: *base
              cpu: 2
            """;
        var limits = Loaded.Root(yaml).Map()["limits"].Map();

        Assert.Equal(["cpu", "memory"], limits.Entries.Select(e => e.KeyText));
        Assert.Equal(2, limits["cpu"].Scalar().Int);
        Assert.Equal("2Gi", limits["memory"].Scalar().Text);
        Assert.Equal(new Mark(1, 30), limits["memory"].Scalar().Start);
    }

    [Fact]
    public void In_a_list_of_merged_mappings_the_earlier_wins()
    {
        const string yaml = """
            a: &a {x: 1}
            b: &b {x: 2, z: 2}
            c:
              <<: [*a, *b]
            """;
        var c = Loaded.Root(yaml).Map()["c"].Map();

        Assert.Equal(1, c["x"].Scalar().Int);
        Assert.Equal(2, c["z"].Scalar().Int);
    }

    [Fact]
    public void A_merge_after_an_explicit_key_overwrites_it_and_says_so()
    {
        const string yaml = """
            base: &base {cpu: 1}
            limits:
              cpu: 2
              <<: *base
            """;
        var document = Assert.Single(Loaded.Documents(yaml));

        Assert.Equal(1, document.Root.Map()["limits"].Map()["cpu"].Scalar().Int);
        var problem = Assert.Single(document.Problems);
        Assert.Equal(LoadRules.MergeOverridesKey.Id, problem.RuleId);
        Assert.Equal((3, 3), problem.At());
        Assert.Contains("merge key (<<) on line 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var map = Loaded.Root("'<<': {a: 1}\n").Map();

        Assert.Equal("<<", Assert.Single(map.Entries).KeyText);
    }

    [Fact]
    public void A_merge_tag_makes_a_merge_key()
    {
        var map = Loaded.Root("!!merge '<<': {a: 1}\n").Map();

        Assert.Equal("a", Assert.Single(map.Entries).KeyText);
    }

    [Theory]
    [InlineData("v:\n  <<: 5\n", 2, 3)]
    [InlineData("v:\n  <<: [{a: 1}, 2]\n", 2, 3)]
    [InlineData("s: &s [1]\nv:\n  <<: *s\n", 3, 3)]
    public void Merging_anything_but_mappings_is_reported(string yaml, int line, int column)
    {
        var problem = Loaded.Problem(yaml, LoadRules.InvalidMerge);

        Assert.Equal((line, column), problem.At());
    }

    [Fact]
    public void Merges_count_against_the_expansion_budget()
    {
        var keys = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"k{i}: {i}"));
        var merges = string.Concat(Enumerable.Range(0, 200).Select(i => $"- <<: *big\n"));
        var limits = new LoadLimits { MaxExpandedNodes = 10_000 };

        var problems = Loaded.Problems($"a: &big {{{keys}}}\nlist:\n{merges}", limits);

        Assert.Contains(problems, p => p.RuleId == LoadRules.AliasBomb.Id);
    }
}
