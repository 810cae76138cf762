using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class WorkloadKindsTests
{
    private const string PodSpec = """
        containers:
          - name: app
            image: app:1
            securityContext:
              privileged: true
        """;

    public static TheoryData<string, string, string> Workloads() => new()
    {
        { "v1", "Pod", "spec" },
        { "v1", "PodTemplate", "template.spec" },
        { "v1", "ReplicationController", "spec.template.spec" },
        { "apps/v1", "Deployment", "spec.template.spec" },
        { "apps/v1", "StatefulSet", "spec.template.spec" },
        { "apps/v1", "DaemonSet", "spec.template.spec" },
        { "apps/v1", "ReplicaSet", "spec.template.spec" },
        { "batch/v1", "Job", "spec.template.spec" },
        { "batch/v1", "CronJob", "spec.jobTemplate.spec.template.spec" },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void A_pod_spec_policy_applies_to_every_workload_kind(string apiVersion, string kind, string podSpecPath)
    {
        var text = $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: w\n" + Nest(podSpecPath, PodSpec);
        var analyzer = PolicyRun.Only(BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-004"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "w.yaml", text));

        Assert.Equal(podSpecPath + ".containers[0].securityContext.privileged", finding.Location.FieldPath);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("privileged", StringComparison.Ordinal)) + 1, finding.Location.Line);
    }

    [Fact]
    public void Pod_spec_policies_skip_other_kinds_and_workloads_without_a_pod_spec()
    {
        const string text = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            data: {containers: x}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: empty}
            spec: {replicas: 2}
            """;
        var podSpecPolicies = BuiltInPolicies.All.Policies.Where(p => p.PodSpec).ToList();

        var findings = PolicyRun.Analyze(new PolicyAnalyzer(new PolicyLoadResult(podSpecPolicies, [])), "x.yaml", text);

        Assert.NotEmpty(podSpecPolicies);
        Assert.Empty(findings);
    }

    private static string Nest(string path, string body)
    {
        var parts = path.Split('.');
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            sb.Append(new string(' ', 2 * i)).Append(parts[i]).Append(":\n");
        }

        foreach (var line in body.Split('\n'))
        {
            sb.Append(new string(' ', 2 * parts.Length)).Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
