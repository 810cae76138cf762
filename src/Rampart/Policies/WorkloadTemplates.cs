using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Where a workload keeps its pod: the same places the pod-spec policies read (<c>spec.template</c>,
/// <c>spec.jobTemplate.spec.template</c> for CronJobs, <c>template</c> for PodTemplates, the object itself for
/// Pods). Suppression by annotation reads the pod template's metadata through this.
/// </summary>
public static class WorkloadTemplates
{
    /// <summary>The pod template (or the Pod) of <paramref name="obj"/>, or null when its kind has none.</summary>
    public static MappingNode? PodOf(KubernetesObject obj) => obj.Kind switch
    {
        "Pod" => obj.Root,
        "PodTemplate" => Child(obj.Root, "template"),
        "CronJob" => Child(Child(Child(Child(obj.Root, "spec"), "jobTemplate"), "spec"), "template"),
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job"
            => Child(Child(obj.Root, "spec"), "template"),
        _ => null,
    };

    /// <summary>The metadata of the pod template, or null.</summary>
    public static MappingNode? PodMetadataOf(KubernetesObject obj) => Child(PodOf(obj), "metadata");

    private static MappingNode? Child(MappingNode? map, string key) => map?[key] as MappingNode;
}
