using Rampart.Findings;

namespace Rampart.Policies.CrossObject;

/// <summary>The checks that compare objects with each other (see <see cref="CrossObjectAnalyzer"/>).</summary>
public static class CrossObjectRules
{
    private const string Docs = "docs/policies/";

    public static readonly RuleDescriptor UniqueIngressHost = new()
    {
        Id = "RMP-K8S-078",
        Title = "Ingress host and path claimed by another Ingress",
        Category = Category.Misconfiguration,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Developers,
        Aliases = ["gatekeeper:k8suniqueingresshost"],
        Description = "When two Ingresses of the same ingress class route the same host and path, which backend gets the traffic depends on the controller and on which was created first. Ingresses of any namespace are compared (host names are global); Ingresses that share a host with different paths are a common and valid split and are not reported.",
        Remediation = "Route each host and path from one Ingress, or give the Ingresses different paths or hosts.",
        HelpUri = Docs + "RMP-K8S-078.md",
    };

    public static readonly RuleDescriptor UniqueServiceSelector = new()
    {
        Id = "RMP-K8S-079",
        Title = "Service with the same selector as another Service",
        Category = Category.Misconfiguration,
        Severity = Severity.Low,
        Responsibility = Responsibility.Developers,
        Aliases = ["gatekeeper:k8suniqueserviceselector"],
        Description = "Two Services of one namespace with the same selector send traffic to the same pods; usually one of them was copied and its selector never changed, so it serves the wrong application. A headless Service (clusterIP: None) beside a regular one is the usual StatefulSet pattern and is not reported.",
        Remediation = "Give the Service a selector that matches only its own pods, or remove the duplicate Service.",
        HelpUri = Docs + "RMP-K8S-079.md",
    };

    public static readonly RuleDescriptor MissingScaleTarget = new()
    {
        Id = "RMP-K8S-080",
        Title = "HorizontalPodAutoscaler targets a workload that is not there",
        Category = Category.Misconfiguration,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Developers,
        Description = "The autoscaler's scaleTargetRef names a workload that no manifest of the scan declares, so it scales nothing (a renamed Deployment, a typo). It is reported only when the scan saw workloads (Deployments, StatefulSets, ReplicaSets, ReplicationControllers or objects of the target's kind) in the autoscaler's namespace, so a scan of part of a repository, whose workloads live elsewhere, does not report it.",
        Remediation = "Point scaleTargetRef at the workload's kind and name, or remove the autoscaler. If the workload lives in manifests outside the scan, scan them together, or the finding's namespace holds workloads of its own.",
        HelpUri = Docs + "RMP-K8S-080.md",
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [UniqueIngressHost, UniqueServiceSelector, MissingScaleTarget];
}
