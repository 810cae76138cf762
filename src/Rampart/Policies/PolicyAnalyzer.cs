using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Cel;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Cel;
using Rampart.Policies.Evaluation;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// Evaluates ValidatingAdmissionPolicy-shaped policies on Kubernetes objects: every policy is compiled once (the
/// built-in ones when an object first needs them, see <see cref="PolicySlot"/>), matched by its resource rules (against the request's operation) and selectors, filtered by its match
/// conditions, and each failed validation is a finding located at the offending field. Policies that cannot be
/// loaded or compiled are reported in <see cref="Problems"/> (once per scan, not per object) and not applied.
/// A scan evaluates each object as a CREATE (<see cref="AdmissionAttributes.Scan"/>); any other admission request
/// goes through <see cref="Analyze(KubernetesObject?, RepositoryIndex, AdmissionAttributes, ICollection{Finding}, CancellationToken)"/>.
/// A defect in a CEL function (<see cref="CelInternalException"/>) is thrown, never reported as a policy error.
/// Thread-safe.
/// </summary>
public sealed class PolicyAnalyzer : IObjectAnalyzer
{
    private readonly IReadOnlyList<PolicySlot> compiled;
    private readonly ConcurrentDictionary<(string Group, string Version, string Resource, bool? Namespaced, AdmissionOperation Operation), PolicySlot[]> candidates = new();

    /// <summary>The index of the scan this analyzer was built for (<see cref="For"/>), or null.</summary>
    private readonly RepositoryIndex? scanIndex;

    /// <summary>For an analyzer built without a scan's index: the index of the last <see cref="AnalysisContext"/> seen.</summary>
    private ContextIndex? lastIndex;

    public PolicyAnalyzer(PolicyLoadResult policies)
        : this(policies, PolicyEnvironments.Default)
    {
    }

    /// <summary>Policies compiled in <paramref name="environments"/> (tests add functions of their own).</summary>
    internal PolicyAnalyzer(PolicyLoadResult policies, PolicyEnvironments environments)
    {
        var problems = new List<Finding>(policies.Problems);
        var list = new List<PolicySlot>();
        foreach (var policy in policies.Policies)
        {
            if ((BuiltInPolicies.Contains(policy) ? PolicySlot.Deferred(policy, environments) : PolicySlot.Now(policy, problems, environments)) is { } c)
            {
                list.Add(c);
            }
        }

        compiled = list;
        Problems = problems;
        ContextKinds = new HashSet<string>(
            list.SelectMany(c => c.Policy.RepositoryParams).Select(k => k.Kind).Append("Namespace").Append("CustomResourceDefinition"),
            StringComparer.Ordinal);
        Policies = [.. list.Select(c => c.Policy)];
        Rules = [.. list.Select(c => c.Policy.Metadata.ToRuleDescriptor()), .. PolicyProblems.Rules];
    }

    private PolicyAnalyzer(PolicyAnalyzer compiledPolicies, RepositoryIndex index)
    {
        compiled = compiledPolicies.compiled;
        candidates = compiledPolicies.candidates;
        Problems = compiledPolicies.Problems;
        ContextKinds = compiledPolicies.ContextKinds;
        Policies = compiledPolicies.Policies;
        Rules = compiledPolicies.Rules;
        scanIndex = index;
    }

    /// <summary>An analyzer with the built-in pack.</summary>
    public static PolicyAnalyzer CreateDefault() => new(BuiltInPolicies.All);

    /// <summary>These policies, for the scan whose index is <paramref name="index"/> (built once, before analysis).</summary>
    public PolicyAnalyzer For(ScanIndex index) => new(this, RepositoryIndex.Build(index.Objects));

    public string Name => "policy";

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The policies that compiled and are applied.</summary>
    public IReadOnlyList<Policy> Policies { get; }

    /// <summary>Problems with the policies themselves: files that did not load, expressions that did not compile.</summary>
    public IReadOnlyList<Finding> Problems { get; }

    /// <summary>
    /// The kinds whose objects the scan's <see cref="ScanIndex"/> must hold for the policies to see across objects:
    /// Namespaces (namespace selectors, <c>namespaceObject</c>), CustomResourceDefinitions (resource names of custom
    /// kinds) and every kind a policy binds to <c>params</c> (ServiceAccounts, roles, PodDisruptionBudgets, …).
    /// </summary>
    public IReadOnlySet<string> ContextKinds { get; }

    /// <summary>An object of a scan, under the admission attributes it arrives with, against the scan's index.</summary>
    public void Analyze(ObjectUnderReview target, AnalysisContext context, ICollection<Finding> findings) =>
        Analyze(target.Object, scanIndex ?? IndexOf(context), target.Attributes, findings, context.Cancellation);

    /// <summary>
    /// Evaluates every policy that matches one admission request: <paramref name="obj"/> is its object (null on a
    /// DELETE, whose <see cref="AdmissionAttributes.OldObject"/> is the object being deleted); findings are located
    /// in the object, or in the old object of a DELETE.
    /// </summary>
    /// <exception cref="ArgumentException">Neither an object nor an old object, or ones the operation cannot have.</exception>
    /// <exception cref="CelInternalException">A function or the evaluator failed: a defect, not a finding.</exception>
    public void Analyze(KubernetesObject? obj, RepositoryIndex index, AdmissionAttributes attributes, ICollection<Finding> findings, CancellationToken cancellation = default)
    {
        var problem = (obj ?? attributes.OldObject) is null ? "an admission request needs an object or an old object" : attributes.Inconsistency(obj is not null);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(attributes));
        }

        var options = cancellation.CanBeCanceled ? new CelEvaluationOptions { CancellationToken = cancellation } : CelEvaluationOptions.Default;
        var scope = new ObjectScope(obj, attributes, index, options);
        foreach (var slot in Candidates(scope.Target, attributes.Operation))
        {
            if (!InScope(slot, scope))
            {
                continue;
            }

            try
            {
                PolicyRunner.Run(slot.Compiled, scope, findings);
            }
            catch (CelInternalException e)
            {
                // Not handled: named after the policy, so that the report says which one met the defect.
                throw new CelInternalException($"policy {slot.Policy.Id}: {e.Site}", e.Location, e.Expression, e.InnerException);
            }
        }
    }

    /// <summary>
    /// Compiles every policy now, built-in ones included, for a host that must be ready before its first request
    /// (the admission webhook) and for a scan's warm-up beside the walk (<see cref="AnalyzerPlan.Warm"/>); otherwise a
    /// built-in policy is compiled when an object first needs it. One that does not compile throws here and again at
    /// its first use.
    /// </summary>
    public void CompileAll()
    {
        foreach (var slot in compiled)
        {
            _ = slot.Compiled;
        }
    }

    /// <summary>Whether any policy's resource rules select <paramref name="target"/> under <paramref name="operation"/> (cached per resource).</summary>
    public bool HasCandidates(ResourceTarget target, AdmissionOperation operation) => Candidates(target, operation).Length > 0;

    private RepositoryIndex IndexOf(AnalysisContext context)
    {
        var last = Volatile.Read(ref lastIndex);
        if (last is not null && ReferenceEquals(last.Context, context))
        {
            return last.Index;
        }

        var built = new ContextIndex(context, RepositoryIndex.Build(context.Index.Objects));
        Volatile.Write(ref lastIndex, built);
        return built.Index;
    }

    private PolicySlot[] Candidates(ResourceTarget target, AdmissionOperation operation) =>
        candidates.GetOrAdd((target.Group, target.Version, target.Resource, target.Namespaced, operation), _ =>
        {
            var unnamed = target with { Name = null };
            return [.. compiled.Where(p => p.UsesResourceNames || p.Policy.MatchConstraints.Matches(unnamed, operation.Name()))];
        });

    /// <summary>
    /// Whether a candidate (its rules already match the object's resource and the operation) is in scope: its resource
    /// names, if it names any, and its selectors. As in Kubernetes, the object selector matches when the object's or
    /// the old object's labels do.
    /// </summary>
    private static bool InScope(PolicySlot policy, ObjectScope scope)
    {
        var match = policy.Policy.MatchConstraints;
        if (policy.UsesResourceNames && !match.Matches(scope.Target, scope.Attributes.Operation.Name()))
        {
            return false;
        }

        if (!match.ObjectSelector.IsEmpty && !match.ObjectSelector.Matches(scope.Labels)
            && (scope.Attributes.OldObject is null || !match.ObjectSelector.Matches(scope.OldLabels)))
        {
            return false;
        }

        var clusterScoped = scope.Target.Namespaced == false && scope.Object.Kind != "Namespace";
        return match.NamespaceSelector.IsEmpty || clusterScoped || match.NamespaceSelector.Matches(scope.NamespaceLabels);
    }

    /// <summary>A context and the index built from its objects.</summary>
    private sealed record ContextIndex(AnalysisContext Context, RepositoryIndex Index);
}
