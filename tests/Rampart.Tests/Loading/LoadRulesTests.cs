using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class LoadRulesTests
{
    [Fact]
    public void Every_rule_has_a_stable_unique_id_in_the_load_range()
    {
        var ids = LoadRules.All.Select(r => r.Id).ToList();

        Assert.Equal(16, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^RMP-LOAD-0[0-9]{2}$", id));
        Assert.Equal("RMP-LOAD-001", LoadRules.SyntaxError.Id);
        Assert.Equal("RMP-LOAD-015", LoadRules.NotAnObject.Id);
    }

    [Fact]
    public void Every_rule_is_a_platform_schema_rule_with_text_for_reports()
    {
        Assert.All(LoadRules.All, rule =>
        {
            Assert.Equal(Category.Schema, rule.Category);
            Assert.Equal(Responsibility.Platform, rule.Responsibility);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Description));
            Assert.False(string.IsNullOrWhiteSpace(rule.Remediation));
            Assert.Equal("docs/loading.md#" + rule.Id.ToLowerInvariant(), rule.HelpUri);
        });
    }

    [Fact]
    public void Every_rule_is_described_in_the_loading_docs()
    {
        var docs = File.ReadAllText(Path.Combine(global::Rampart.Testing.RepositoryPaths.Root, "docs", "loading.md"));

        Assert.All(LoadRules.All, rule => Assert.Contains($"### {rule.Id}", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_carry_the_rule_metadata()
    {
        var finding = Loaded.Problem("a: 1\na: 2\n", LoadRules.DuplicateKey);

        Assert.Equal("Duplicate key", finding.Title);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(Category.Schema, finding.Category);
        Assert.Equal(Responsibility.Platform, finding.Responsibility);
        Assert.Equal(Loaded.Path, finding.Location.Path);
    }
}
