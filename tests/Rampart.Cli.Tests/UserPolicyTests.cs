using System.Text.Json;

namespace Rampart.Cli.Tests;

public sealed class UserPolicyTests
{
    private const string TeamLabelPolicy = """
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata:
          name: require-team-label
          annotations:
            rampart.dev/id: ACME-001
            rampart.dev/title: "Objects carry a team label"
            rampart.dev/severity: medium
            rampart.dev/category: policy
            rampart.dev/responsibility: platform
        spec:
          matchConstraints:
            resourceRules:
              - apiGroups: [""]
                apiVersions: ["v1"]
                resources: ["configmaps"]
                operations: ["CREATE", "UPDATE"]
          validations:
            - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"
              message: "Every ConfigMap needs a team label."
        """;

    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: \"1\"\n";

    [Fact]
    public void Policies_from_a_folder_run_beside_the_built_in_pack()
    {
        using var work = new TempFolder().Write("policies/team.yaml", TeamLabelPolicy).Write("repo/cm.yaml", ConfigMap);

        var run = CliRun.Of("scan", work["repo"], "--policies", work["policies"], "--format", "json", "--fail-on", "medium");

        Assert.Equal(1, run.ExitCode);
        var finding = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "ACME-001");
        Assert.Equal("Every ConfigMap needs a team label.", finding.GetProperty("message").GetString());
        Assert.Equal("cm.yaml", finding.GetProperty("path").GetString());
    }

    [Fact]
    public void A_policy_that_does_not_compile_is_reported_with_its_line_and_the_scan_goes_on()
    {
        using var work = new TempFolder()
            .Write("policies/team.yaml", TeamLabelPolicy.Replace("'team' in object.metadata.labels", "'team' in object.metadata.labels)", StringComparison.Ordinal))
            .Write("repo/cm.yaml", ConfigMap.Replace("\"1\"", "1", StringComparison.Ordinal));

        var run = CliRun.Of("scan", work["repo"], "--policies", work["policies"], "--format", "json", "--fail-on", "none");

        var findings = JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var problem = Assert.Single(findings, f => f.GetProperty("path").GetString() == "team.yaml");
        Assert.StartsWith("RMP-POLICY-", problem.GetProperty("ruleId").GetString(), StringComparison.Ordinal);
        Assert.Equal(19, problem.GetProperty("line").GetInt32());
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "RMP-SCHEMA-002");
    }

    [Fact]
    public void A_missing_policy_folder_is_a_usage_error()
    {
        using var work = new TempFolder().Write("repo/cm.yaml", ConfigMap);

        Assert.Equal(2, CliRun.Of("scan", work["repo"], "--policies", work["nope"]).ExitCode);
    }
}
