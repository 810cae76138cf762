using Rampart.Configuration;

namespace Rampart.Tests.Configuration;

/// <summary><c>store</c>: the findings store's SLA, retention, link template and cluster name.</summary>
public sealed class StoreSettingsTests
{
    [Fact]
    public void Sla_retention_link_template_and_cluster_are_read()
    {
        const string Yaml = "store:\n  sla:\n    critical: 3\n    low: 180\n    medium: none\n  retentionDays: 400\n"
            + "  linkTemplate: https://git.example.com/{repository}/blob/{commit}/{path}#L{line}\n  cluster: prod-eu\n";

        var result = ConfigLoader.Parse(Yaml, "rampart.yaml");

        Assert.Empty(result.Errors);
        var store = result.Config.Store;
        Assert.Equal(new Dictionary<string, int?> { ["critical"] = 3, ["low"] = 180, ["medium"] = null }, store.Sla);
        Assert.Equal(400, store.RetentionDays);
        Assert.Equal("https://git.example.com/{repository}/blob/{commit}/{path}#L{line}", store.LinkTemplate);
        Assert.Equal("prod-eu", store.Cluster);
    }

    [Fact]
    public void Without_the_section_nothing_is_set()
    {
        var store = ConfigLoader.Parse("version: 1\n", "rampart.yaml").Config.Store;

        Assert.Empty(store.Sla);
        Assert.Null(store.RetentionDays);
        Assert.Null(store.LinkTemplate);
        Assert.Null(store.Cluster);
    }

    [Theory]
    [InlineData("store:\n  retention: 3\n", 2, 3, "unknown key 'retention' in store (expected one of: sla, retentionDays, linkTemplate, cluster)")]
    [InlineData("store:\n  retentionDays: 0\n", 2, 18, "store.retentionDays must be a whole number from 1")]
    [InlineData("store:\n  sla:\n    urgent: 1\n", 3, 5, "unknown key 'urgent' in store.sla (expected one of: critical, high, medium, low, info)")]
    [InlineData("store:\n  sla:\n    high: 0\n", 3, 11, "store.sla.high must be a whole number of days from 1 to 36500, or none")]
    [InlineData("store:\n  sla:\n    high: soon\n", 3, 11, "store.sla.high must be a whole number of days from 1 to 36500, or none")]
    [InlineData("store:\n  sla:\n    high: 40000\n", 3, 11, "store.sla.high must be a whole number of days from 1 to 36500, or none")]
    [InlineData("store:\n  linkTemplate: https://git.example.com/{repo}/{path}\n", 2, 17, "unknown placeholder '{repo}'")]
    [InlineData("store:\n  linkTemplate: https://git.example.com/{path\n", 2, 17, "is not closed")]
    [InlineData("store:\n  linkTemplate: ftp://git.example.com/{path}\n", 2, 17, "is not an http or https URL")]
    [InlineData("store:\n  linkTemplate: '{path}#L{line}'\n", 2, 17, "is not an http or https URL")]
    [InlineData("store: 7\n", 1, 8, "store must be a mapping")]
    public void Wrong_values_and_unknown_keys_are_errors_at_their_place(string yaml, int line, int column, string message)
    {
        var error = Assert.Single(ConfigLoader.Parse(yaml, "rampart.yaml").Errors);

        Assert.Equal(("rampart.yaml", line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
