using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>Matching compares one package version with every event of its advisories: each distinct version is parsed once.</summary>
public sealed class PyPIOrderParseTests
{
    [Fact]
    public void Comparing_one_version_with_many_parses_each_distinct_string_once_whatever_the_number_of_comparisons()
    {
        var order = new PyPIOrder();
        string[] events = ["0", "1.0a1", "1.0", "1.0.post1", "2!0.1", "1.0+local.7"];

        for (var round = 0; round < 50; round++)
        {
            foreach (var e in events)
            {
                order.Compare("1.0rc1", e);
            }
        }

        Assert.Equal(events.Length + 1, order.Parses);
    }

    [Fact]
    public void Parsed_versions_kept_give_the_same_order_as_a_fresh_parse()
    {
        var warm = new PyPIOrder();
        string[] versions = ["1.0.dev0", "1.0a0", "1.0", "1.0.post1", "1.0+abc", "2!0.1", "not-pep440", "1.0rc1"];
        foreach (var x in versions)
        {
            foreach (var y in versions)
            {
                warm.Compare(x, y);
            }
        }

        foreach (var x in versions)
        {
            foreach (var y in versions)
            {
                Assert.Equal(new PyPIOrder().Compare(x, y), warm.Compare(x, y));
            }
        }

        Assert.True(new PyPIOrder().Compare("1.0a0", "1.0") < 0);
        Assert.True(new PyPIOrder().Compare("1.0.dev0", "1.0a0") < 0);
    }
}
