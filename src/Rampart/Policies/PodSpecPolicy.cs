using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// What makes a check written once for a pod spec apply to every workload kind. A policy annotated
/// <c>rampart.dev/pod-spec: "true"</c> gets, ahead of its own variables, <c>variables.pod</c> (the Pod, or the
/// pod template of a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob or
/// PodTemplate), <c>variables.podSpec</c> and <c>variables.containers</c> (containers, init containers and
/// ephemeral containers, in that order); a match condition that skips objects with no pod spec; and, when it
/// declares no <c>matchConstraints</c>, resource rules for all those kinds. All of it is plain
/// ValidatingAdmissionPolicy, written out in full on export.
/// </summary>
public static class PodSpecPolicy
{
    public const string PodVariable = "pod";
    public const string PodSpecVariable = "podSpec";
    public const string ContainersVariable = "containers";
    public const string MatchConditionName = "rampart.dev/has-pod-spec";

    public static IReadOnlyList<PolicyVariable> Variables { get; } =
    [
        Injected(PodVariable,
            "object.kind == 'Pod' ? object : object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template : object.kind == 'PodTemplate' ? object.template : object.spec.template"),
        Injected(PodSpecVariable, "variables.pod.spec"),
        Injected(ContainersVariable,
            "(has(variables.podSpec.containers) ? variables.podSpec.containers : [])"
            + " + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])"
            + " + (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])"),
    ];

    public static PolicyMatchCondition MatchCondition { get; } = new(MatchConditionName, PolicyExpression.Synthetic(
        "object.kind == 'Pod' ? has(object.spec)"
        + " : object.kind == 'CronJob' ? has(object.spec) && has(object.spec.jobTemplate) && has(object.spec.jobTemplate.spec)"
        + " && has(object.spec.jobTemplate.spec.template) && has(object.spec.jobTemplate.spec.template.spec)"
        + " : object.kind == 'PodTemplate' ? has(object.template) && has(object.template.spec)"
        + " : has(object.spec) && has(object.spec.template) && has(object.spec.template.spec)"));

    public static MatchResources MatchConstraints { get; } = new()
    {
        ResourceRules =
        [
            Rule("", "pods", "podtemplates", "replicationcontrollers"),
            Rule("apps", "deployments", "statefulsets", "daemonsets", "replicasets"),
            Rule("batch", "jobs", "cronjobs"),
        ],
    };

    /// <summary>The workload kinds pod-spec policies apply to.</summary>
    public static IReadOnlyList<string> WorkloadKinds { get; } =
        ["Pod", "PodTemplate", "ReplicationController", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"];

    private static PolicyVariable Injected(string name, string expression) =>
        new(name, PolicyExpression.Synthetic(expression)) { IsInjected = true };

    private static ResourceRule Rule(string group, params string[] resources) => new()
    {
        ApiGroups = [group],
        ApiVersions = ["v1"],
        Resources = resources,
        Operations = ["CREATE", "UPDATE"],
    };
}
