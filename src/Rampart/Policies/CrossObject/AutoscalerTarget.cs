using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies.CrossObject;

/// <summary>The kind and name an autoscaler's <c>spec.scaleTargetRef</c> names, with the finding it gets when no object of the scan has them.</summary>
internal static class AutoscalerTarget
{
    public static (string Kind, string Name, Finding Finding)? Of(KubernetesObject obj, Func<Finding, Finding> decide)
    {
        var target = ObjectFields.Map(ObjectFields.Map(obj.Root, "spec"), "scaleTargetRef");
        if (ObjectFields.Text(target, "kind") is not { } kind || ObjectFields.Text(target, "name") is not { } name)
        {
            return null;
        }

        var ns = obj.Namespace ?? "default";
        var message = $"scaleTargetRef names {kind} {ns}/{name}, which no manifest of the scan declares, though the scan saw workloads of namespace {ns}.";
        return (kind, name, ObjectFields.Decided(CrossObjectRules.MissingScaleTarget, obj, target!, "spec.scaleTargetRef", message, decide));
    }
}
