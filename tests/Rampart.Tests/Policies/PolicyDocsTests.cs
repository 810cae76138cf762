using Rampart.Policies;
using Rampart.Policies.CrossObject;
using Rampart.Testing;

namespace Rampart.Tests.Policies;

/// <summary>
/// The documentation of the built-in pack is generated from the policies and their fixtures; these tests fail when a
/// page is out of date (rewrite them with RAMPART_UPDATE_GOLDEN=1) or when a page has no policy any more.
/// </summary>
public sealed class PolicyDocsTests
{
    private static string DocsFolder => Path.Combine(RepositoryPaths.Root, "docs", "policies");

    [Fact]
    public void Every_built_in_policy_has_an_up_to_date_page()
    {
        var stale = new List<string>();
        foreach (var policy in BuiltInPolicies.All.Policies)
        {
            var path = Path.Combine(DocsFolder, policy.Id + ".md");
            var expected = PolicyDocumentation.Page(policy, Examples(policy.Id));
            var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
            if (actual != expected)
            {
                stale.Add(policy.Id);
                if (GoldenFiles.Updating)
                {
                    GoldenFiles.AssertFile(path, expected);
                }
            }
        }

        Assert.True(GoldenFiles.Updating || stale.Count == 0,
            $"out of date: {string.Join(", ", stale)}; run the tests with RAMPART_UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void The_index_lists_every_built_in_policy() =>
        GoldenFiles.AssertFile(Path.Combine(DocsFolder, "README.md"), PolicyDocumentation.Index(BuiltInPolicies.All.Policies));

    [Fact]
    public void No_page_is_left_for_a_policy_that_no_longer_exists()
    {
        var ids = BuiltInPolicies.All.Policies.Select(p => p.Id).Concat(CrossObjectRules.All.Select(r => r.Id)).Select(id => id + ".md").ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.Exists(DocsFolder)
            ? Directory.EnumerateFiles(DocsFolder, "RMP-*.md").Select(Path.GetFileName).Where(f => !ids.Contains(f!)).ToList()
            : [];

        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_check_across_objects_has_a_page_with_its_title_severity_and_remediation()
    {
        foreach (var rule in CrossObjectRules.All)
        {
            var page = File.ReadAllText(Path.Combine(DocsFolder, rule.Id + ".md"));

            Assert.StartsWith($"# {rule.Id}: {rule.Title}\n", page, StringComparison.Ordinal);
            Assert.Contains($"| Severity | {rule.Severity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
            Assert.Contains(rule.Remediation!, page, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<PolicyExample> Examples(string policyId) =>
        PolicyFixtureTests.FixtureFiles(policyId).Select(file => new PolicyExample(
            Path.GetFileNameWithoutExtension(file),
            file.Replace('\\', '/').Contains("/fail/", StringComparison.Ordinal),
            File.ReadAllText(file).ReplaceLineEndings("\n")));
}
