using Rampart.Policies;

namespace Rampart.Tests.Policies;

/// <summary>
/// One rule with "*" gives one finding for its role, RMP-K8S-041, whose message names what the "*" grants; the checks
/// of those grants (RMP-K8S-043 to RMP-K8S-047) report the rule only when it names their resource or verb itself.
/// </summary>
public sealed class RbacWildcardTests
{
    private static readonly PolicyAnalyzer Pack = new(BuiltInPolicies.All);

    private static string Role(string name, string rule) => $"""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: {name}
        rules:
          - {rule}

        """;

    [Fact]
    public void A_rule_with_every_wildcard_gives_one_finding_naming_each_grant_it_implies()
    {
        var findings = PolicyRun.Analyze(Pack, "role.yaml", Role("operator", "{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}"));

        var finding = Assert.Single(findings);
        Assert.Equal("RMP-K8S-041", finding.RuleId);
        Assert.Equal(
            "Rules should list their verbs and resources instead of \"*\"; through \"*\" this rule grants exec and attach into pods (RMP-K8S-043), "
            + "reading secrets (RMP-K8S-044), impersonating users, groups and service accounts (RMP-K8S-045), escalating and binding roles (RMP-K8S-046), "
            + "the node proxy (RMP-K8S-047). (rules[0])",
            finding.Message);
    }

    [Fact]
    public void Each_wildcard_rule_of_a_role_is_one_finding_naming_only_what_it_grants()
    {
        var text = Role("reader", "{apiGroups: [\"\"], resources: [\"*\"], verbs: [get, list]}") + "  - {apiGroups: [apps], resources: [deployments], verbs: [\"*\"]}\n";

        var findings = PolicyRun.Analyze(Pack, "role.yaml", text);

        Assert.Equal(["RMP-K8S-041", "RMP-K8S-041"], findings.Select(f => f.RuleId));
        Assert.Equal(
            [
                "Rules should list their verbs and resources instead of \"*\"; through \"*\" this rule grants exec and attach into pods (RMP-K8S-043), reading secrets (RMP-K8S-044), the node proxy (RMP-K8S-047). (rules[0])",
                "Rules should list their verbs and resources instead of \"*\". (rules[1])",
            ],
            findings.OrderBy(f => f.Location.Line).Select(f => f.Message));
    }

    [Fact]
    public void An_explicit_sensitive_resource_beside_a_wildcard_verb_is_still_reported_by_its_own_check()
    {
        var findings = PolicyRun.Analyze(Pack, "role.yaml", Role("secret-admin", "{apiGroups: [\"\"], resources: [secrets, pods/exec], verbs: [\"*\"]}"));

        Assert.Equal(["RMP-K8S-041", "RMP-K8S-043", "RMP-K8S-044"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_role_reserved_for_Kubernetes_gets_the_wildcard_finding_without_the_grants_its_checks_exempt()
    {
        var findings = PolicyRun.Analyze(Pack, "role.yaml", Role("cluster-admin", "{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}"));

        Assert.Equal(["Rules should list their verbs and resources instead of \"*\". (rules[0])"], findings.Select(f => f.Message));
    }
}
