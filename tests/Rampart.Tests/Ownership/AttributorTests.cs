using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Ownership;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Ownership;

public sealed class AttributorTests
{
    private sealed class FixedOwners(Dictionary<string, string[]> map) : IPathOwners
    {
        public IReadOnlyList<string> OwnersOf(string relativePath) => map.TryGetValue(relativePath, out var o) ? o : [];
    }

    private static readonly RampartConfig Config = ConfigLoader.Parse("""
        teams:
          - name: security
            handles: ["@acme/security"]
          - name: platform
            handles: ["@acme/platform"]
        routing:
          - match: { category: secret }
            owners: [security]
            responsibility: security
          - match: { kind: ClusterRoleBinding, clusterScoped: true }
            owners: [platform]
            responsibility: platform
        """, "rampart.yaml").Config;

    [Fact]
    public void Codeowners_and_routing_owners_are_combined_without_repeats()
    {
        var attributor = new Attributor(Config, new FixedOwners(new() { ["apps/a.yaml"] = ["@acme/shop", "@acme/security"] }));

        var result = attributor.Attribute(TestFindings.Make(path: "apps/a.yaml", category: Category.Secret, responsibility: Responsibility.Developers));

        Assert.Equal(["@acme/shop", "@acme/security"], result.Owners);
        Assert.Equal(Responsibility.Security, result.Responsibility);
    }

    [Fact]
    public void Cluster_scoped_rbac_goes_to_platform()
    {
        var attributor = new Attributor(Config, pathOwners: null);
        var binding = new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", null, "admins");

        var result = attributor.Attribute(TestFindings.Make(resource: binding, responsibility: Responsibility.Security));

        Assert.Equal(["@acme/platform"], result.Owners);
        Assert.Equal(Responsibility.Platform, result.Responsibility);
    }

    [Fact]
    public void A_path_nobody_owns_stays_unowned()
    {
        var result = new Attributor(Config, new FixedOwners([])).Attribute(TestFindings.Make(path: "orphan.yaml"));

        Assert.Empty(result.Owners);
    }

    [Fact]
    public void Explain_names_the_rule_lines_that_decided()
    {
        var lines = new Attributor(Config, new FixedOwners([])).Explain(TestFindings.Make(path: "x.yaml", category: Category.Secret));

        Assert.Contains("routing rule at rampart.yaml:7 matches: adds @acme/security, responsibility security", lines);
        Assert.Contains("routing rule at rampart.yaml:10 does not match: the finding has no resource kind", lines);
        Assert.Equal("result: owners @acme/security; responsibility security", lines[^1]);
    }

    [Fact]
    public void The_owners_of_a_path_and_of_a_routing_outcome_are_merged_once_per_pair()
    {
        var attributor = new Attributor(Config, new FixedOwners(new()
        {
            ["apps/a.yaml"] = ["@acme/shop"],
            ["apps/b.yaml"] = ["@acme/shop", "@acme/security"],
        }));

        var findings = Enumerable.Range(0, 300).Select(i => TestFindings.Make(
            path: i % 2 == 0 ? "apps/a.yaml" : "apps/b.yaml",
            line: i,
            category: i % 3 == 0 ? Category.Secret : Category.Misconfiguration)).ToList();
        var owners = findings.Select(attributor.Attribute).Select(f => f.Owners).ToList();

        // Two paths, each with and without the secret routing rule's owners: four pairs.
        Assert.Equal(4, attributor.Merges);
        Assert.Equal(["@acme/shop", "@acme/security"], owners[0]);
        Assert.Equal(["@acme/shop"], owners[2]);
        Assert.Equal(["@acme/shop", "@acme/security"], owners[3]);
        Assert.Same(owners[2], owners[4]);
    }
}
