using Rampart.Kubernetes;
using Rampart.Loading;
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

    /// <summary>
    /// Where a workload keeps its pod, as the fields from the object's root: the object itself for a Pod,
    /// <c>template</c> for a PodTemplate, <c>spec.jobTemplate.spec.template</c> for a CronJob and
    /// <see cref="TemplatePath"/> for the others. <c>variables.pod</c>, the match condition and suppression by
    /// annotation (<see cref="Gate.AnnotationSuppression"/>) all read it from here.
    /// </summary>
    private static readonly (string Kind, string[] Path)[] PodPaths =
    [
        ("Pod", []),
        ("CronJob", ["spec", "jobTemplate", "spec", "template"]),
        ("PodTemplate", ["template"]),
    ];

    /// <summary>Where the other workload kinds (and any kind with a pod template) keep it.</summary>
    private static readonly string[] TemplatePath = ["spec", "template"];

    public static IReadOnlyList<PolicyVariable> Variables { get; } =
    [
        Injected(PodVariable, ByKind(path => Field(path), Field(TemplatePath))),
        Injected(PodSpecVariable, "variables.pod.spec"),
        Injected(ContainersVariable,
            "(has(variables.podSpec.containers) ? variables.podSpec.containers : [])"
            + " + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])"
            + " + (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])"),
    ];

    public static PolicyMatchCondition MatchCondition { get; } = new(MatchConditionName, PolicyExpression.Synthetic(
        ByKind(path => HasPodSpec(path), HasPodSpec(TemplatePath))));

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

    /// <summary>
    /// The pod of <paramref name="obj"/> (the Pod itself, or its pod template), read where <c>variables.pod</c> reads
    /// it; null when it has none.
    /// </summary>
    public static MappingNode? PodOf(KubernetesObject obj)
    {
        var path = TemplatePath;
        foreach (var (kind, kindPath) in PodPaths)
        {
            if (kind == obj.Kind)
            {
                path = kindPath;
                break;
            }
        }

        MappingNode? node = obj.Root;
        foreach (var field in path)
        {
            node = node?[field] as MappingNode;
        }

        return node;
    }

    /// <summary><c>object.kind == 'Pod' ? … : object.kind == 'CronJob' ? … : otherwise</c>, over <see cref="PodPaths"/>.</summary>
    private static string ByKind(Func<string[], string> each, string otherwise) =>
        string.Concat(PodPaths.Select(p => $"object.kind == '{p.Kind}' ? {each(p.Path)} : ")) + otherwise;

    private static string Field(IEnumerable<string> path) => string.Join('.', path.Prepend("object"));

    /// <summary><c>has(object.a) &amp;&amp; has(object.a.b) &amp;&amp; …</c> down to the pod's <c>spec</c>.</summary>
    private static string HasPodSpec(string[] path)
    {
        string[] full = [.. path, "spec"];
        return string.Join(" && ", Enumerable.Range(1, full.Length).Select(n => $"has({Field(full.Take(n))})"));
    }

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
