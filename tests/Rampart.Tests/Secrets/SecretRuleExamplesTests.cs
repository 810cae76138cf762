using System.Text;
using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

/// <summary>Every built-in secret rule against its own examples: positives are reported by that rule, negatives are not.</summary>
public sealed class SecretRuleExamplesTests
{
    public static TheoryData<string> RuleIds => [.. SecretRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_reports_its_positive_examples_and_none_of_its_negative_ones(string id)
    {
        var rule = SecretRules.All.Single(r => r.Id == id);
        Assert.NotEmpty(rule.Positives);
        Assert.NotEmpty(rule.Negatives);
        Assert.NotEmpty(rule.Keywords);
        foreach (var positive in rule.Positives)
        {
            Assert.True(RulesFound(positive).Contains(id), $"{id} should report: {positive}");
        }

        foreach (var negative in rule.Negatives)
        {
            Assert.False(RulesFound(negative).Contains(id), $"{id} should not report: {negative}");
        }
    }

    [Fact]
    public void There_are_at_least_sixty_rules_with_distinct_ids_in_order()
    {
        var ids = SecretRules.Descriptors.Select(d => d.Id).ToList();
        Assert.True(SecretRules.All.Count >= 60, $"{SecretRules.All.Count} rules");
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches(@"^RMP-SECRET-\d{3}$", id));
    }

    [Fact]
    public void A_rule_tried_from_its_keywords_matches_its_positive_examples_only_where_a_keyword_starts()
    {
        var rules = SecretRules.All.Where(r => r.StartsAtKeyword).ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var regex = Rampart.Regex.Re2Regex.Compile(rule.Pattern);
            foreach (var positive in rule.Positives)
            {
                var match = regex.Find(positive);
                Assert.NotNull(match);
                Assert.Contains(rule.Keywords, k => positive[match.Index..].StartsWith(k, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public void Every_keyword_is_lower_case_so_the_folded_prefilter_can_see_it()
    {
        Assert.All(SecretRules.All.SelectMany(r => r.Keywords), k => Assert.Equal(k.ToLowerInvariant(), k));
    }

    [Fact]
    public void A_value_found_by_a_specific_rule_is_not_reported_again_by_the_generic_one()
    {
        var found = RulesFound("GITHUB_TOKEN=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");
        Assert.Equal(["RMP-SECRET-020"], found);
    }

    [Fact]
    public void A_value_under_a_name_the_aws_rule_owns_is_left_to_it_and_the_same_value_elsewhere_is_generic()
    {
        const string value = "FJs7zrQEB8k9EbVHLYKPf7GCe/O+wFbUx31L/7LjXaJ8YfjFFhFECdTR==";

        Assert.Empty(RulesFound($"AWS_SECRET_ACCESS_KEY = {value}"));
        Assert.Empty(RulesFound($"aws.secret: {value}"));
        Assert.Equal(["RMP-SECRET-104"], RulesFound($"DEPLOY_SECRET = {value}"));
    }

    private static List<string> RulesFound(string text)
    {
        var hits = new List<SecretHit>();
        var bytes = Encoding.UTF8.GetBytes(text);
        SecretScanner.Default.Scan(bytes, bytes.Length, hits);
        return [.. hits.Select(h => SecretScanner.Default.Rules[h.Rule].Id)];
    }
}
