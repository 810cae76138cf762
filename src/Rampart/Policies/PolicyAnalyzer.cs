using System.Collections.Concurrent;
using Rampart.Analysis;
using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Policies.Evaluation;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// Evaluates ValidatingAdmissionPolicy-shaped policies on Kubernetes objects: every policy is compiled once,
/// matched by its resource rules and selectors, filtered by its match conditions, and each failed validation is
/// a finding located at the offending field. Policies that cannot be loaded or compiled are reported in
/// <see cref="Problems"/> (once per scan, not per object) and not applied. Thread-safe.
/// </summary>
public sealed class PolicyAnalyzer : IObjectAnalyzer
{
    private const string Operation = "CREATE";
    private readonly IReadOnlyList<CompiledPolicy> compiled;
    private readonly ConcurrentDictionary<(string Group, string Version, string Resource, bool? Namespaced), CompiledPolicy[]> candidates = new();

    public PolicyAnalyzer(PolicyLoadResult policies)
    {
        var problems = new List<Finding>(policies.Problems);
        var list = new List<CompiledPolicy>();
        foreach (var policy in policies.Policies)
        {
            if (PolicyCompiler.Compile(policy, problems) is { } c)
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
        Rules = [.. list.Select(c => c.Rule), .. PolicyProblems.Rules];
    }

    /// <summary>An analyzer with the built-in pack.</summary>
    public static PolicyAnalyzer CreateDefault() => new(BuiltInPolicies.All);

    public string Name => "policy";

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The policies that compiled and are applied.</summary>
    public IReadOnlyList<Policy> Policies { get; }

    /// <summary>Problems with the policies themselves: files that did not load, expressions that did not compile.</summary>
    public IReadOnlyList<Finding> Problems { get; }

    /// <summary>
    /// The kinds whose objects <see cref="AnalysisContext.Objects"/> must hold for the policies to see across objects:
    /// Namespaces (namespace selectors, <c>namespaceObject</c>), CustomResourceDefinitions (resource names of custom
    /// kinds) and every kind a policy binds to <c>params</c> (ServiceAccounts, roles, PodDisruptionBudgets, …).
    /// </summary>
    public IReadOnlySet<string> ContextKinds { get; }

    public void Analyze(ObjectUnderReview target, AnalysisContext context, ICollection<Finding> findings)
    {
        var obj = target.Object;
        var repository = RepositoryIndex.For(context);
        var options = context.Cancellation.CanBeCanceled
            ? new CelEvaluationOptions { CancellationToken = context.Cancellation }
            : CelEvaluationOptions.Default;
        var scope = new ObjectScope(obj, repository, options);
        foreach (var policy in Candidates(scope.Target))
        {
            if (!InScope(policy, scope))
            {
                continue;
            }

            var parameters = policy.Policy.RepositoryParams.Count > 0 ? repository.Params(policy.Policy.RepositoryParams) : CelNull.Instance;
            PolicyRunner.Run(policy, scope, parameters, findings);
        }
    }

    private CompiledPolicy[] Candidates(ResourceTarget target) =>
        candidates.GetOrAdd((target.Group, target.Version, target.Resource, target.Namespaced), _ =>
        {
            var unnamed = target with { Name = null };
            return [.. compiled.Where(p => p.UsesResourceNames || p.Policy.MatchConstraints.Matches(unnamed, Operation))];
        });

    /// <summary>
    /// Whether a candidate (its rules already match the object's resource) is in scope: its resource names, if it
    /// names any, and its selectors.
    /// </summary>
    private static bool InScope(CompiledPolicy policy, ObjectScope scope)
    {
        var match = policy.Policy.MatchConstraints;
        if (policy.UsesResourceNames && !match.Matches(scope.Target, Operation))
        {
            return false;
        }

        if (!match.ObjectSelector.IsEmpty && !match.ObjectSelector.Matches(scope.Labels))
        {
            return false;
        }

        var clusterScoped = scope.Target.Namespaced == false && scope.Object.Kind != "Namespace";
        return match.NamespaceSelector.IsEmpty || clusterScoped || match.NamespaceSelector.Matches(scope.NamespaceLabels);
    }
}
