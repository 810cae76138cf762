using System.Text;
using Rampart.Secrets;
using Rampart.Testing;

namespace Rampart.Tests.Secrets;

/// <summary>The rules table of docs/secrets.md is the rules as built; <c>RAMPART_UPDATE_GOLDEN=1</c> rewrites it.</summary>
public sealed class SecretDocsTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void The_rules_table_in_the_docs_lists_every_rule_as_built()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "secrets.md");
        var page = File.ReadAllText(path);
        var from = page.IndexOf(Start, StringComparison.Ordinal);
        var to = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/secrets.md has no rules table markers");

        var table = Table();
        var current = page[(from + Start.Length)..to];
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(path, page[..(from + Start.Length)] + table + page[to..]);
            return;
        }

        Assert.Equal(table, current);
    }

    private static string Table()
    {
        var text = new StringBuilder("\n| id | title | severity | keywords | checks |\n|---|---|---|---|---|\n");
        foreach (var rule in SecretRules.All)
        {
            var checks = new List<string>();
            if (rule.MinEntropy > 0)
            {
                checks.Add($"entropy ≥ {rule.MinEntropy.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (rule.Check != SecretCheck.None)
            {
                checks.Add(rule.Check.ToString());
            }

            if (rule.FiltersPlaceholders)
            {
                checks.Add("placeholders");
            }

            text.Append($"| {rule.Id} | {rule.Title} | {rule.Severity.ToString().ToLowerInvariant()} | {string.Join(", ", rule.Keywords.Select(k => $"`{k}`"))} | {string.Join(", ", checks)} |\n");
        }

        foreach (var rule in new[] { SecretRules.PlainSecret, SecretRules.EnvSecret })
        {
            text.Append($"| {rule.Id} | {rule.Title} | {rule.Severity.ToString().ToLowerInvariant()} | (Kubernetes objects) | |\n");
        }

        return text.ToString();
    }
}
