using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Discovery;

/// <summary>Every reason the scan could not scan something has rules, is high by default, and is documented.</summary>
public sealed class UnscannedRulesTests
{
    public static TheoryData<UnscannedReason> Reasons => new(Enum.GetValues<UnscannedReason>());

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_reason_has_rules_that_are_high_by_default(UnscannedReason reason)
    {
        var rules = UnscannedRules.RulesOf(reason).Select(id => Assert.Single(RuleCatalog.Stages, r => r.Id == id)).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Equal(Severity.High, rule.Severity));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_reason_and_its_rules_are_documented(UnscannedReason reason)
    {
        var configuration = Docs("configuration.md");
        var discovery = Docs("discovery.md");
        var name = UnscannedReader.Name(reason);

        Assert.Contains($"`{name}`", configuration, StringComparison.Ordinal);
        var row = Assert.Single(discovery.Split('\n'), line => line.StartsWith($"| `{name}` |", StringComparison.Ordinal));
        Assert.All(UnscannedRules.RulesOf(reason), id => Assert.Contains(id[^3..], row, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_discovery_rule_is_in_the_findings_table_with_its_severity()
    {
        var discovery = Docs("discovery.md");

        Assert.All(DiscoveryFindings.Rules, rule =>
            Assert.Contains($"| `{rule.Id}` | {rule.Title} | {rule.Severity.ToString().ToLowerInvariant()} |", discovery, StringComparison.Ordinal));
    }

    private static string Docs(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", name));
}
