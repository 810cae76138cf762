using Rampart.Cel;
using Rampart.Policies;
using static Rampart.Tests.Policies.LargeObjects;

namespace Rampart.Tests.Policies;

/// <summary>
/// Policies that read data values (ConfigMap data, environment values) on objects as large as Kubernetes accepts:
/// each gives its normal pass or fail, within the cost limit, with the work growing in proportion to the object.
/// </summary>
public sealed class LargeObjectTests
{
    private const string ConfigMapSecrets = "RMP-K8S-051";
    private const string EnvSecrets = "RMP-K8S-049";

    [Fact]
    public void A_config_map_with_a_large_file_in_it_is_checked_within_the_cost_limit()
    {
        // A 200 KB dashboard or nginx.conf is ordinary; the secret checks run two patterns over it.
        var value = string.Concat(Enumerable.Repeat("location /api { proxy_pass http://backend:8080; }\\n", 4000));
        var configMap = $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: \"{value}\"\n";

        var findings = PolicyRun.Analyze(PolicyAnalyzer.CreateDefault(), "cm.yaml", configMap);

        Assert.True(value.Length > 200_000);
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("RMP-POLICY-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_250_KB_grafana_dashboard_passes_the_config_map_secret_check()
    {
        // Kubernetes allows 1 MiB of data in a ConfigMap; the check used to spend 1.1 million units on this one.
        var yaml = ConfigMap([("api-server.json", Dashboard(250_000))]);

        var findings = Analyze(ConfigMapSecrets, yaml);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_config_map_at_the_object_limit_with_many_keys_gives_a_normal_result()
    {
        var entries = Enumerable.Range(0, 9_000).Select(i => ($"upstream-{i}.conf", ConfigLine(i))).ToList();
        var clean = ConfigMap(entries);
        entries[^1] = ("upstream-8999.conf", entries[^1].Item2 + " aws_access_key_id = AKIAIOSFODNN7EXAMPLE");
        var leaking = ConfigMap(entries);

        Assert.InRange(clean.Length, ObjectLimit * 9 / 10, ObjectLimit * 11 / 10);
        Assert.Empty(Analyze(ConfigMapSecrets, clean));
        var finding = Assert.Single(Analyze(ConfigMapSecrets, leaking));
        Assert.Equal(ConfigMapSecrets, finding.RuleId);
        Assert.Equal(LineOf(leaking, "upstream-8999.conf"), finding.Location.Line);
    }

    [Fact]
    public void One_value_as_large_as_the_object_limit_gives_a_normal_result()
    {
        var dashboard = Dashboard(ObjectLimit - 1_000);
        var clean = ConfigMap([("big.json", dashboard)]);
        var leaking = ConfigMap([("big.json", dashboard + " -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA")]);

        Assert.Empty(Analyze(ConfigMapSecrets, clean));
        Assert.Equal(ConfigMapSecrets, Assert.Single(Analyze(ConfigMapSecrets, leaking)).RuleId);
    }

    [Fact]
    public void One_key_as_large_as_the_object_limit_gives_a_normal_result()
    {
        var key = new string('k', ObjectLimit - 1_000);

        Assert.Empty(Analyze(ConfigMapSecrets, ConfigMap([(key, "on")])));
        Assert.Equal(ConfigMapSecrets, Assert.Single(Analyze(ConfigMapSecrets, ConfigMap([("password_" + key, "on")]))).RuleId);
    }

    [Fact]
    public void A_pod_at_the_object_limit_gives_a_normal_result_for_its_environment()
    {
        var many = Enumerable.Range(0, 8_000).Select(i => ($"UPSTREAM_{i}", ConfigLine(i))).ToList();
        var one = new List<(string, string)> { ("DASHBOARD", Dashboard(ObjectLimit - 1_000)) };
        var leaking = many.Append(("GITHUB", "ghp_0123456789abcdefghijABCDEFGHIJ012345")).ToList();

        Assert.InRange(Pod(many).Length, ObjectLimit * 9 / 10, ObjectLimit * 11 / 10);
        Assert.Empty(Analyze(EnvSecrets, Pod(many)));
        Assert.Empty(Analyze(EnvSecrets, Pod(one)));
        Assert.Equal(EnvSecrets, Assert.Single(Analyze(EnvSecrets, Pod(leaking))).RuleId);
    }

    [Theory]
    [InlineData(ConfigMapSecrets)]
    [InlineData(EnvSecrets)]
    public void Every_expression_stays_well_below_the_limit_at_the_object_limit(string policy)
    {
        var yaml = policy == ConfigMapSecrets
            ? ConfigMap([("big.json", Dashboard(ObjectLimit))])
            : Pod([("DASHBOARD", Dashboard(ObjectLimit))]);

        var costs = PolicyCosts.Of(policy, yaml);

        Assert.All(costs, c => Assert.True(c.Cost < CelEvaluationOptions.DefaultCostLimit * 3 / 4, $"{c.Expression} spends {c.Cost}"));
    }

    [Theory]
    [InlineData(ConfigMapSecrets)]
    [InlineData(EnvSecrets)]
    public void The_work_grows_in_proportion_to_the_object(string policy)
    {
        string Yaml(int size) => policy == ConfigMapSecrets ? ConfigMap([("big.json", Dashboard(size))]) : Pod([("DASHBOARD", Dashboard(size))]);

        var small = PolicyCosts.Of(policy, Yaml(200_000)).Sum(c => c.Cost);
        var large = PolicyCosts.Of(policy, Yaml(400_000)).Sum(c => c.Cost);

        Assert.InRange((double)large / small, 1.8, 2.2);
    }

    [Fact]
    public void A_value_built_to_exceed_the_limit_is_reported_not_passed()
    {
        // Fail closed: 'AKIA' 300,000 times makes the check look at every one of them.
        var yaml = ConfigMap([("hostile", string.Concat(Enumerable.Repeat("AKIA", 300_000)))]);

        var finding = Assert.Single(Analyze(ConfigMapSecrets, yaml));

        Assert.Equal("RMP-POLICY-003", finding.RuleId);
        Assert.Contains("cost limit exceeded", finding.Message, StringComparison.Ordinal);
    }

    private static List<Rampart.Findings.Finding> Analyze(string policyId, string yaml) =>
        PolicyRun.Analyze(PolicyRun.Only(BuiltInPolicies.All.Policies.Single(p => p.Id == policyId)), "large.yaml", yaml);
}
