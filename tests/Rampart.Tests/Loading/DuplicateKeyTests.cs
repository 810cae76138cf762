using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class DuplicateKeyTests
{
    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_with_both_lines_and_the_last_value_wins()
    {
        const string yaml = """
            metadata:
              name: first
              labels: {}
              name: second
            """;
        var document = Assert.Single(Loaded.Documents(yaml));

        var problem = Assert.Single(document.Problems);
        Assert.Equal(LoadRules.DuplicateKey.Id, problem.RuleId);
        Assert.Equal((4, 3), problem.At());
        Assert.Equal("key 'name' is repeated: line 4 replaces the value from line 2 (Kubernetes keeps the last one)", problem.Message);
        var metadata = document.Root.Map()["metadata"].Map();
        Assert.Equal(2, metadata.Count);
        Assert.Equal("second", metadata["name"].Scalar().Text);
    }

    [Fact]
    public void Duplicates_are_found_in_large_mappings_too()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"k{i}: {i}").Append("k7: again");
        var document = Assert.Single(Loaded.Documents(string.Join('\n', lines)));

        var problem = Assert.Single(document.Problems);
        Assert.Equal((41, 1), problem.At());
        Assert.Equal(40, document.Root.Map().Count);
        Assert.Equal("again", document.Root.Map()["k7"].Scalar().Text);
    }

    [Fact]
    public void Duplicate_keys_in_json_are_reported()
    {
        var problem = Loaded.Problem("{\"a\": 1, \"a\": 2}", LoadRules.DuplicateKey);

        Assert.Equal((1, 10), problem.At());
    }
}
