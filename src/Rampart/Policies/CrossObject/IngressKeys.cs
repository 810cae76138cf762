using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies.CrossObject;

/// <summary>
/// The routes of an Ingress as keys: ingress class (<c>spec.ingressClassName</c>, else the
/// <c>kubernetes.io/ingress.class</c> annotation), host and path (<c>/</c> when absent), one per path of a rule with a
/// host. Rules without a host are left to RMP-K8S-075.
/// </summary>
internal static class IngressKeys
{
    public static IEnumerable<(string Key, string Message, Candidate Candidate)> Of(KubernetesObject obj, Func<Finding, Finding> decide)
    {
        var spec = ObjectFields.Map(obj.Root, "spec");
        if (spec?["rules"] is not SequenceNode rules)
        {
            yield break;
        }

        var ingressClass = ObjectFields.Text(spec, "ingressClassName")
            ?? ObjectFields.Text(ObjectFields.Map(obj.Root["metadata"], "annotations"), "kubernetes.io/ingress.class") ?? "";
        for (var i = 0; i < rules.Count; i++)
        {
            if (ObjectFields.Text(rules[i], "host") is not { } host || ObjectFields.Map(rules[i], "http")?["paths"] is not SequenceNode paths)
            {
                continue;
            }

            for (var j = 0; j < paths.Count; j++)
            {
                var path = ObjectFields.Text(paths[j], "path") ?? "/";
                var classText = ingressClass.Length == 0 ? "the default ingress class" : $"ingress class {ingressClass}";
                var message = $"Host {host}, path {path} ({classText})";
                yield return ($"{ingressClass}\0{host}\0{path}", message, Candidate.Of(ObjectFields.Decided(
                    CrossObjectRules.UniqueIngressHost, obj, paths[j], $"spec.rules[{i}].http.paths[{j}]", message, decide)));
            }
        }
    }
}
