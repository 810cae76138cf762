using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies.CrossObject;

/// <summary>
/// A Service's selector as a key (its pairs sorted, so the order they are written in does not matter), for a Service
/// that selects pods: a non-empty selector, and not headless (a headless Service beside a regular one is the
/// StatefulSet pattern).
/// </summary>
internal static class ServiceKey
{
    public static (string Key, string Message, Candidate Candidate)? Of(KubernetesObject obj, Func<Finding, Finding> decide)
    {
        var spec = ObjectFields.Map(obj.Root, "spec");
        if (spec?["selector"] is not MappingNode { Count: > 0 } selector || ObjectFields.Text(spec, "clusterIP") == "None")
        {
            return null;
        }

        var pairs = selector.Entries
            .Select(e => $"{(e.Key as ScalarNode)?.KeyText}={(e.Value as ScalarNode)?.Text}")
            .Order(StringComparer.Ordinal);
        var key = string.Join(',', pairs);
        var message = $"The selector {FindingText.Cut(key)}";
        return (key, message, Candidate.Of(ObjectFields.Decided(CrossObjectRules.UniqueServiceSelector, obj, selector, "spec.selector", message, decide)));
    }
}
