using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies.CrossObject;

/// <summary>
/// Unique Ingress hosts (<see cref="CrossObjectRules.UniqueIngressHost"/>), unique Service selectors
/// (<see cref="CrossObjectRules.UniqueServiceSelector"/>) and autoscalers whose target is missing
/// (<see cref="CrossObjectRules.MissingScaleTarget"/>), in one pass: each object is keyed once (an Ingress by scope,
/// class, host and path; a Service by scope, namespace and selector; an autoscaler by its target), and the report walks
/// each group once. Objects are compared within their scope: the repository's own files together, and the objects an
/// entry point renders together (the overlays of one base are usually different environments).
/// </summary>
public sealed class CrossObjectAnalyzer : ICrossObjectAnalyzer
{
    private static readonly HashSet<string> WorkloadKinds = new(["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"], StringComparer.Ordinal);

    private readonly Lock gate = new();
    private readonly Dictionary<string, KeyGroup> ingressRoutes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyGroup> serviceSelectors = new(StringComparer.Ordinal);
    private readonly List<(long Target, long Namespace, long KindInNamespace, Finding Finding)> autoscalers = [];

    /// <summary>Every object by a 64-bit hash of scope, namespace, kind and name: a set of strings would hold the whole repository's names.</summary>
    private readonly HashSet<long> objects = [];

    /// <summary>Hashes of the scopes and namespaces that hold workloads, and of the kinds seen in each namespace.</summary>
    private readonly HashSet<long> seen = [];

    public string Name => "cross-object";

    public IReadOnlyList<RuleDescriptor> Rules => CrossObjectRules.All;

    /// <summary>Keys added and group members visited: grows with the objects, not with their pairs.</summary>
    public long Steps { get; private set; }

    /// <summary>Keys seen more than once so far: only their groups hold a list of members.</summary>
    public int SharedKeys { get; private set; }

    public void Collect(ObjectUnderReview target, string scope, Func<Finding, Finding> decide)
    {
        var obj = target.Object;
        var ns = obj.Namespace ?? "";
        switch (obj.Kind)
        {
            case "Ingress" when obj.ApiVersion is "networking.k8s.io/v1" or "networking.k8s.io/v1beta1" or "extensions/v1beta1":
                var routes = IngressKeys.Of(obj, decide).ToList();
                lock (gate)
                {
                    foreach (var (key, message, candidate) in routes)
                    {
                        Add(ingressRoutes, scope + '\0' + key, CrossObjectRules.UniqueIngressHost, message, candidate);
                    }
                }

                break;
            case "Service" when obj.ApiVersion == "v1" && ServiceKey.Of(obj, decide) is var (key, message, candidate):
                lock (gate)
                {
                    Add(serviceSelectors, $"{scope}\0{ns}\0{key}", CrossObjectRules.UniqueServiceSelector, message, candidate);
                }

                break;
            case "HorizontalPodAutoscaler" when AutoscalerTarget.Of(obj, decide) is var (kind, name, finding):
                lock (gate)
                {
                    Steps++;
                    autoscalers.Add((StableHash.Of(scope, ns, kind, name), StableHash.Of(scope, ns), StableHash.Of(scope, ns, kind), finding));
                }

                break;
        }

        lock (gate)
        {
            Steps++;
            if (obj.Name is { } objectName)
            {
                objects.Add(StableHash.Of(scope, ns, obj.Kind, objectName));
            }

            if (WorkloadKinds.Contains(obj.Kind))
            {
                seen.Add(StableHash.Of(scope, ns));
            }

            seen.Add(StableHash.Of(scope, ns, obj.Kind));
        }
    }

    public void Report(ICollection<Finding> findings)
    {
        lock (gate)
        {
            ReportGroups(ingressRoutes, "routes the same host and path as", findings);
            ReportGroups(serviceSelectors, "is also the selector of", findings);
            foreach (var (target, ns, kindInNamespace, finding) in autoscalers)
            {
                Steps++;
                if (!objects.Contains(target) && (seen.Contains(ns) || seen.Contains(kindInNamespace)))
                {
                    findings.Add(finding);
                }
            }
        }
    }

    private void Add(Dictionary<string, KeyGroup> groups, string key, RuleDescriptor rule, string message, Candidate candidate)
    {
        Steps++;
        if (groups.TryGetValue(key, out var group))
        {
            SharedKeys += group.Count == 1 ? 1 : 0;
            group.Add(candidate);
        }
        else
        {
            groups[key] = new KeyGroup(rule, message, candidate);
        }
    }

    /// <summary>In each group of more than one object, every member is reported, naming the others and where they stand.</summary>
    private void ReportGroups(Dictionary<string, KeyGroup> groups, string relation, ICollection<Finding> findings)
    {
        foreach (var group in groups.Values)
        {
            Steps += group.Count;
            if (group.Count < 2)
            {
                continue;
            }

            var members = group.Members().Select(c => (Candidate: c, c.Identity)).ToList();
            var perIdentity = members.CountBy(m => m.Identity, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            foreach (var (candidate, identity) in members)
            {
                var others = members.Count - perIdentity[identity];
                if (others == 0)
                {
                    continue; // the same object twice (a List repeated, a file read twice by one entry point)
                }

                var named = new List<(Candidate Candidate, string Identity)>(MaxNamed);
                foreach (var other in members)
                {
                    Steps++;
                    if (other.Identity != identity)
                    {
                        named.Add(other);
                        if (named.Count == MaxNamed)
                        {
                            break;
                        }
                    }
                }

                var list = string.Join(", ", named.Select(o => $"{o.Candidate.Resource?.Kind} {o.Identity} at {o.Candidate.Location.Path}:{o.Candidate.Location.Line}"));
                var more = others > named.Count ? $" and {others - named.Count} more" : "";
                findings.Add(candidate.Finding(group.Rule, FindingText.Cut($"{group.Message} {relation} {list}{more}.", FindingText.MaxMessage)));
            }
        }
    }

    /// <summary>How many of the other objects a message names; the rest are counted.</summary>
    private const int MaxNamed = 5;
}
