using Rampart.Policies;

namespace Rampart.Tests.Policies;

/// <summary>RMP-K8S-042 says cluster-admin only when the role is cluster-admin, and says where the power reaches.</summary>
public sealed class ClusterAdminBindingTests
{
    private static readonly PolicyAnalyzer Analyzer = PolicyRun.Only(BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-042"));

    [Theory]
    [InlineData("cluster-admin.yaml", "The binding grants cluster-admin in namespace team-a (every verb on every resource of the namespace).")]
    [InlineData("admin-equivalent-role.yaml", "The binding grants every verb on every resource of the cluster through ClusterRole everything.")]
    [InlineData("namespaced-wildcard-role.yaml", "The binding grants every verb on every resource of namespace shop through Role owner.")]
    public void The_message_names_the_role_and_how_far_it_reaches(string fixture, string expected)
    {
        var findings = Run(fixture);

        Assert.Equal([expected], findings.Select(f => f.Message));
    }

    [Fact]
    public void A_reserved_looking_name_exempts_nothing_and_system_masters_with_another_subject_does_not_either()
    {
        var findings = Run("reserved-looking-names.yaml");

        Assert.Equal(
            [("ClusterRoleBinding", "system:example-controller"), ("ClusterRoleBinding", "eks:node-helper")],
            findings.Select(f => (f.Resource!.Kind, f.Resource.Name!)));
        Assert.All(findings, f => Assert.Equal("The binding grants cluster-admin (every verb on every resource of the cluster).", f.Message));
    }

    private static List<Rampart.Findings.Finding> Run(string fixture)
    {
        var path = Path.Combine(PolicyFixtureTests.FixtureRoot, "RMP-K8S-042", "fail", fixture);
        return PolicyRun.Analyze(Analyzer, fixture, File.ReadAllText(path));
    }
}
