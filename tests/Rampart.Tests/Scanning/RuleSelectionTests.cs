using Rampart.Findings;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary><c>rules</c> of <c>rampart.yaml</c>: profiles, rules switched on and off, severity overrides.</summary>
public sealed class RuleSelectionTests
{
    /// <summary>A privileged container (baseline), without runAsNonRoot (restricted), with a latest image (hygiene).</summary>
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: prod
        spec:
          containers:
            - name: web
              image: nginx:latest
              securityContext:
                privileged: true
        """;

    private static async Task<List<Finding>> Findings(string? config, string pod = Pod)
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", pod).File("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: [\n").Build();
        var report = await Scans.Run(repo, config: config);
        return [.. report.Findings];
    }

    private static HashSet<string> Rules(IEnumerable<Finding> findings) => [.. findings.Select(f => f.RuleId)];

    [Fact]
    public async Task Without_rules_every_built_in_policy_reports()
    {
        var rules = Rules(await Findings(null));

        Assert.Contains("RMP-K8S-004", rules);
        Assert.Contains("RMP-K8S-017", rules);
        Assert.Contains("RMP-K8S-023", rules);
    }

    [Fact]
    public async Task Profile_pss_baseline_keeps_baseline_policies_only_and_the_scans_own_rules()
    {
        var findings = await Findings("rules:\n  profile: pss-baseline\n");
        var rules = Rules(findings);

        Assert.Contains("RMP-K8S-004", rules);
        Assert.DoesNotContain("RMP-K8S-017", rules);
        Assert.DoesNotContain("RMP-K8S-023", rules);
        Assert.Contains("RMP-LOAD-001", rules);
        Assert.All(findings.Where(f => f.RuleId.StartsWith("RMP-K8S-", StringComparison.Ordinal)),
            f => Assert.Contains(f.Aliases, a => a.StartsWith("pss:baseline:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Profile_pss_restricted_adds_the_restricted_policies()
    {
        var rules = Rules(await Findings("rules:\n  profile: pss-restricted\n"));

        Assert.Contains("RMP-K8S-004", rules);
        Assert.Contains("RMP-K8S-017", rules);
        Assert.DoesNotContain("RMP-K8S-023", rules);
    }

    [Fact]
    public async Task Profile_hygiene_leaves_the_pod_security_standards_out()
    {
        var rules = Rules(await Findings("rules:\n  profile: hygiene\n"));

        Assert.DoesNotContain("RMP-K8S-004", rules);
        Assert.DoesNotContain("RMP-K8S-017", rules);
        Assert.Contains("RMP-K8S-023", rules);
    }

    [Fact]
    public async Task Disable_takes_ids_aliases_globs_and_categories_and_enable_wins()
    {
        var rules = Rules(await Findings("""
            rules:
              disable: [KSV-0017, "RMP-K8S-02*", policy]
              enable: [RMP-K8S-017]
            """));

        Assert.DoesNotContain("RMP-K8S-004", rules);
        Assert.DoesNotContain("RMP-K8S-023", rules);
        Assert.DoesNotContain("RMP-K8S-016", rules);
        Assert.Contains("RMP-K8S-017", rules);
        Assert.Contains("RMP-K8S-032", rules);
    }

    [Fact]
    public async Task A_stage_rule_goes_only_when_named()
    {
        Assert.Contains("RMP-LOAD-001", Rules(await Findings("rules:\n  profile: hygiene\n  disable: [RMP-K8S-*]\n")));
        Assert.DoesNotContain("RMP-LOAD-001", Rules(await Findings("rules:\n  disable: [RMP-LOAD-001]\n")));
    }

    [Fact]
    public async Task Severity_overrides_apply_by_id_alias_or_category_and_the_first_match_wins()
    {
        var findings = await Findings("""
            rules:
              severity:
                RMP-K8S-004: low
                pss:restricted:*: critical
                misconfiguration: info
            """);

        Assert.Equal(Severity.Low, Assert.Single(findings, f => f.RuleId == "RMP-K8S-004").Severity);
        Assert.Equal(Severity.Critical, Assert.Single(findings, f => f.RuleId == "RMP-K8S-017").Severity);
        Assert.Equal(Severity.Info, Assert.Single(findings, f => f.RuleId == "RMP-K8S-023").Severity);
    }

    [Fact]
    public async Task One_wildcard_rbac_rule_gives_one_wildcard_finding()
    {
        using var repo = new RepositoryBuilder().File("role.yaml", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: everything
            rules:
              - apiGroups: ["*"]
                resources: ["*"]
                verbs: ["*"]
            """).Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "RMP-K8S-041");
        Assert.Equal(("RMP-K8S-041", 6), (finding.RuleId, finding.Location.Line));
    }

    [Fact]
    public async Task Two_ambiguous_values_of_one_file_have_different_fingerprints()
    {
        using var repo = new RepositoryBuilder().File("cm.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: flags
            data:
              a: "1"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: more
              labels:
                enabled: yes
                debug: yes
                verbose: no
            """).Build();

        var report = await Scans.Run(repo);

        var ambiguous = report.Findings.Where(f => f.RuleId == "RMP-LOAD-003").ToList();
        Assert.Equal(3, ambiguous.Count);
        Assert.Equal(3, ambiguous.Select(f => f.Fingerprint).Distinct().Count());
    }
}
