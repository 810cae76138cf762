using Rampart.Findings;
using Rampart.Gate;
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

    [Theory]
    [MemberData(nameof(Workloads))]
    public void The_annotation_on_the_pod_of_every_workload_kind_suppresses_its_pod_spec_findings(string apiVersion, string kind, string podSpecPath)
    {
        var podPath = podSpecPath[..^"spec".Length].TrimEnd('.');
        var metadata = "metadata:\n  annotations:\n    rampart.dev/ignore: RMP-K8S-004\n";
        var text = podPath.Length == 0
            ? $"apiVersion: {apiVersion}\nkind: {kind}\n{metadata}  name: w\nspec:\n" + Indent(PodSpec)
            : $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: w\n" + Nest(podPath, metadata + "spec:\n" + Indent(PodSpec));
        var obj = TestObjects.Read("w.yaml", text).Single();
        var analyzer = PolicyRun.Only(BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-004"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, [obj]));
        var result = AnnotationSuppression.Apply(finding, obj);

        Assert.Equal(FindingStatus.Suppressed, result.Status);
        Assert.Contains(podPath.Length == 0 ? "on the object" : "on the pod template", result.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_injected_expressions_read_the_pod_where_each_kind_keeps_it()
    {
        // Written out on export, so a cluster evaluates the same text.
        Assert.Equal(
            "object.kind == 'Pod' ? object : object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template"
            + " : object.kind == 'PodTemplate' ? object.template : object.spec.template",
            PodSpecPolicy.Variables.Single(v => v.Name == PodSpecPolicy.PodVariable).Expression.Text);
        Assert.Equal(
            "object.kind == 'Pod' ? has(object.spec)"
            + " : object.kind == 'CronJob' ? has(object.spec) && has(object.spec.jobTemplate) && has(object.spec.jobTemplate.spec)"
            + " && has(object.spec.jobTemplate.spec.template) && has(object.spec.jobTemplate.spec.template.spec)"
            + " : object.kind == 'PodTemplate' ? has(object.template) && has(object.template.spec)"
            + " : has(object.spec) && has(object.spec.template) && has(object.spec.template.spec)",
            PodSpecPolicy.MatchCondition.Expression.Text);
    }

    private static string Indent(string text) => string.Concat(text.Split('\n').Select(l => "  " + l + "\n"));

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
