using System.Globalization;
using System.Text;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Ownership;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Ownership;

/// <summary>
/// Routing rules come with the repository's rampart.yaml, so their number must not multiply the cost of
/// every finding. Shown by counting the routing steps of one finding at two sizes, never by timing, and by
/// checking that the index gives what trying every rule in order gives.
/// </summary>
public sealed class RoutingIndexTests
{
    [Fact]
    public void A_finding_tries_only_the_rules_filed_under_its_path_and_rule()
    {
        // Each rule names its own folder and rule: a finding can match one of them.
        static string Rule(int i) => $"  - {{ match: {{ path: \"apps/s{i}/**\", rule: \"RMP-K8S-{i % 90:000}\" }}, owners: [\"@t{i % 30}\"] }}\n";
        var finding = TestFindings.Make(path: "apps/s1234/deploy.yaml", ruleId: "RMP-K8S-064");

        var (small, smallOwners) = Steps(Config(3_000, Rule), finding);
        var (large, largeOwners) = Steps(Config(30_000, Rule), finding);

        Assert.Equal(["@t4"], smallOwners);
        Assert.Equal(["@t4"], largeOwners);
        Assert.InRange(large, small, small * 11);
        // A word operation per 64 rules, not a glob per rule: well under one step per rule.
        Assert.InRange(large, 0, 30_000 / 4);
    }

    [Fact]
    public void Rules_that_can_only_be_tried_cost_steps_in_proportion_to_their_number()
    {
        static string Rule(int i) => $"  - {{ match: {{ path: \"**/*a*b{i}*\" }}, owners: [\"@t{i % 30}\"] }}\n";
        var finding = TestFindings.Make(path: "apps/" + new string('a', 100) + "/deploy.yaml");

        var (small, _) = Steps(Config(1_000, Rule), finding);
        var (large, _) = Steps(Config(10_000, Rule), finding);

        Assert.InRange(large, small, small * 11);
    }

    [Fact]
    public void A_path_ten_times_longer_costs_ten_times_the_steps()
    {
        // Looking up every start of the path, each hashed whole, took time quadratic in its length.
        static string Rule(int i) => $"  - {{ match: {{ path: \"apps/s{i}/**\" }}, owners: [\"@t{i % 30}\"] }}\n";
        var config = Config(100, Rule);

        var (small, _) = Steps(config, TestFindings.Make(path: "apps/s7/" + new string('x', 400)));
        var (large, _) = Steps(config, TestFindings.Make(path: "apps/s7/" + new string('x', 4_000)));

        Assert.InRange(large, small, small * 11);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_index_gives_what_trying_every_rule_in_order_gives(int seed)
    {
        var random = new Random(seed);
        string[] paths = ["apps/web/deploy.yaml", "apps/api/deploy.yaml", "infra/kube-system/rbac.yaml", "deploy.yaml", "a/b/c/d.yml"];
        string[] pathGlobs = ["apps/**", "apps/web/**", "**/deploy.yaml", "deploy.yaml", "*.yaml", "**/*.yml", "infra/*/rbac.yaml", "a/?/c/**", "apps/web/deploy.yaml"];
        string[] ruleGlobs = ["RMP-K8S-001", "RMP-K8S-0*", "KSV-*", "*", "RMP-?8S-002", "CVE-2024-1"];
        string[] kinds = ["Deployment", "ClusterRole", "Secret"];
        string[] namespaces = ["shop", "kube-system", "team-a"];
        string[] categories = ["schema", "misconfiguration", "secret", "policy"];
        var yaml = new StringBuilder(Teams("o", 8) + "  - name: sec\n    handles: [\"@acme/sec\"]\nrouting:\n");
        for (var i = 0; i < 60; i++)
        {
            var match = new List<string>();
            void Maybe(string key, string[] values, bool list = true)
            {
                if (random.Next(3) == 0)
                {
                    var picked = Enumerable.Range(0, random.Next(1, 3)).Select(_ => $"\"{values[random.Next(values.Length)]}\"");
                    match.Add(list ? $"{key}: [{string.Join(", ", picked)}]" : $"{key}: {values[random.Next(values.Length)]}");
                }
            }

            Maybe("path", pathGlobs);
            Maybe("rule", ruleGlobs);
            Maybe("kind", kinds);
            Maybe("namespace", namespaces);
            Maybe("category", categories, list: false);
            Maybe("responsibility", ["developers", "security", "platform"], list: false);
            Maybe("clusterScoped", ["true", "false"], list: false);
            var set = random.Next(3) == 0 ? $", responsibility: {new[] { "developers", "security", "platform" }[random.Next(3)]}" : "";
            var owner = random.Next(5) == 0 ? "sec" : $"@o{random.Next(8)}";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ match: {{ {string.Join(", ", match)} }}, owners: [\"{owner}\"]{set} }}\n");
        }

        var loaded = ConfigLoader.Parse(yaml.ToString(), "rampart.yaml");
        Assert.True(loaded.Ok, string.Join('\n', loaded.Errors));
        var config = loaded.Config;
        var attributor = new Attributor(config, pathOwners: null);
        for (var f = 0; f < 400; f++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var resource = random.Next(4) switch
            {
                0 => null,
                1 => new ResourceRef("v1", kind, null, "x"),
                _ => new ResourceRef("v1", kind, namespaces[random.Next(namespaces.Length)], "x"),
            };
            var finding = TestFindings.Make(
                ruleId: random.Next(2) == 0 ? "RMP-K8S-001" : "RMP-K8S-002",
                path: paths[random.Next(paths.Length)],
                category: Enum.GetValues<Category>()[random.Next(4)],
                responsibility: Enum.GetValues<Responsibility>()[random.Next(3)],
                resource: resource,
                aliases: random.Next(3) == 0 ? ["KSV-017", "CVE-2024-1"] : []);

            var matching = config.Routing.Where(r => r.Matches(finding)).ToList();
            var expectedOwners = matching.SelectMany(r => r.Owners).Select(o => o == "sec" ? "@acme/sec" : o).Distinct(StringComparer.OrdinalIgnoreCase);
            var expectedResponsibility = matching.LastOrDefault(r => r.SetResponsibility is not null)?.SetResponsibility ?? finding.Responsibility;

            var (owners, responsibility) = attributor.Resolve(finding);

            Assert.Equal(expectedOwners, owners);
            Assert.Equal(expectedResponsibility, responsibility);
        }
    }

    private static RampartConfig Config(int rules, Func<int, string> rule)
    {
        var yaml = new StringBuilder(Teams("t", 30) + "routing:\n");
        for (var i = 0; i < rules; i++)
        {
            yaml.Append(rule(i));
        }

        var loaded = ConfigLoader.Parse(yaml.ToString(), "rampart.yaml");
        Assert.True(loaded.Ok, string.Join('\n', loaded.Errors.Take(3)));
        return loaded.Config;
    }

    /// <summary>Teams <paramref name="prefix"/>0… with handles @<paramref name="prefix"/>0…, so every owner the rules name is known.</summary>
    private static string Teams(string prefix, int count) =>
        "teams:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  - name: {prefix}{i}\n    handles: [\"@{prefix}{i}\"]\n"));

    private static (long Steps, IReadOnlyList<string> Owners) Steps(RampartConfig config, Finding finding)
    {
        var steps = new StepCounter();
        var (owners, _) = new Attributor(config, pathOwners: null).Resolve(finding, steps);
        return (steps.Steps, owners);
    }
}
