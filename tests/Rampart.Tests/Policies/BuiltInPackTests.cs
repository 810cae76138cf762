using Rampart.Findings;
using Rampart.Policies;
using Rampart.Policies.Evaluation;

namespace Rampart.Tests.Policies;

public sealed class BuiltInPackTests
{
    [Fact]
    public void Every_built_in_policy_file_loads_without_problems()
    {
        var pack = BuiltInPolicies.Load();

        Assert.Empty(pack.Problems.Select(p => $"{p.Location}: {p.Message}"));
        Assert.True(pack.Policies.Count >= 60, $"the pack holds {pack.Policies.Count} policies");
    }

    [Fact]
    public void Every_built_in_policy_compiles()
    {
        // A scan compiles a built-in policy only when an object first needs it; this is where a defect in one shows.
        var problems = new List<Finding>();
        var failed = BuiltInPolicies.All.Policies.Where(p => PolicyCompiler.Compile(p, problems) is null).Select(p => p.Id).ToList();

        Assert.Empty(failed);
        Assert.Empty(problems.Select(p => $"{p.Location}: {p.Message}"));
    }

    [Fact]
    public void Only_the_policies_of_the_pack_as_loaded_count_as_built_in()
    {
        var policy = BuiltInPolicies.All.Policies[0];

        Assert.True(BuiltInPolicies.Contains(policy));
        Assert.False(BuiltInPolicies.Contains(policy with { }));
        Assert.False(BuiltInPolicies.Contains(BuiltInPolicies.Load().Policies[0]));
    }

    [Fact]
    public void Ids_are_numbered_without_gaps_and_file_names_start_with_the_id()
    {
        var pack = BuiltInPolicies.Load();

        var expected = Enumerable.Range(1, pack.Policies.Count).Select(i => $"RMP-K8S-{i:000}");
        Assert.Equal(expected, pack.Policies.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(pack.Policies, p => Assert.StartsWith("builtin:" + p.Id + "-", p.SourcePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_policy_has_the_metadata_reports_need()
    {
        foreach (var policy in BuiltInPolicies.Load().Policies)
        {
            var m = policy.Metadata;
            Assert.False(string.IsNullOrWhiteSpace(m.Description), policy.Id);
            Assert.False(string.IsNullOrWhiteSpace(m.Remediation), policy.Id);
            Assert.Equal(BuiltInPolicies.DocsBaseUri + policy.Id + ".md", m.HelpUri);
            Assert.Contains(m.Category, new[] { Category.Misconfiguration, Category.Policy });
            Assert.All(policy.Validations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message), policy.Id));
        }
    }

    [Fact]
    public void The_pod_security_standards_are_covered_control_by_control()
    {
        var aliases = BuiltInPolicies.Load().Policies.SelectMany(p => p.Metadata.Aliases).ToHashSet(StringComparer.Ordinal);
        string[] controls =
        [
            "pss:baseline:hostNamespaces", "pss:baseline:privileged", "pss:baseline:capabilities_baseline",
            "pss:baseline:hostPathVolumes", "pss:baseline:hostPorts", "pss:baseline:appArmorProfile",
            "pss:baseline:seLinuxOptions", "pss:baseline:procMount", "pss:baseline:seccompProfile_baseline",
            "pss:baseline:sysctls", "pss:baseline:windowsHostProcess", "pss:baseline:hostProbesAndHostLifecycle",
            "pss:restricted:restrictedVolumes", "pss:restricted:allowPrivilegeEscalation", "pss:restricted:runAsNonRoot",
            "pss:restricted:runAsUser", "pss:restricted:seccompProfile_restricted", "pss:restricted:capabilities_restricted",
            "pss:restricted:procMount_restricted",
        ];

        Assert.All(controls, c => Assert.Contains(c, aliases));
    }

    [Fact]
    public void The_analyzer_names_every_kind_its_policies_read_from_the_repository()
    {
        var kinds = PolicyAnalyzer.CreateDefault().ContextKinds;

        Assert.Equal(
            ["ClusterRole", "CustomResourceDefinition", "HorizontalPodAutoscaler", "Namespace", "PodDisruptionBudget", "Role", "ServiceAccount"],
            kinds.Order(StringComparer.Ordinal));
    }
}
