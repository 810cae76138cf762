using System.Runtime.CompilerServices;
using Rampart.Findings;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// One policy of an analyzer and its compiled form. A policy someone brought is compiled at once, so that its
/// problems are reported before the scan reads anything; a built-in policy (the tests compile every one of them) is
/// compiled by the scan's warm-up beside the walk or the first time an object needs it, whichever comes first, so
/// start-up never waits for the pack.
/// </summary>
internal sealed class PolicySlot
{
    private readonly Lazy<CompiledPolicy> compiled;

    private PolicySlot(Policy policy, Lazy<CompiledPolicy> compiled)
    {
        Policy = policy;
        this.compiled = compiled;
        UsesResourceNames = policy.MatchConstraints.UsesResourceNames;
    }

    public Policy Policy { get; }

    /// <summary>Whether matching depends on the object's name (resourceNames), not only on its resource.</summary>
    public bool UsesResourceNames { get; }

    /// <summary>The compiled policy; compiled on first use when the policy was deferred.</summary>
    /// <exception cref="InvalidOperationException">A deferred (built-in) policy does not compile: a defect.</exception>
    public CompiledPolicy Compiled => compiled.Value;

    /// <summary>The policy compiled now; null (and its problems added) when it does not compile.</summary>
    public static PolicySlot? Now(Policy policy, ICollection<Finding> problems, PolicyEnvironments environments) =>
        PolicyCompiler.Compile(policy, problems, environments) is { } done ? new PolicySlot(policy, new Lazy<CompiledPolicy>(done)) : null;

    /// <summary>
    /// The policy compiled when first needed, once, whichever thread needs it first. In the default environments the
    /// compiled form is shared by every analyzer of the process (a host scanning again, the tests): a built-in policy
    /// and those environments never change, and a compiled policy is immutable.
    /// </summary>
    public static PolicySlot Deferred(Policy policy, PolicyEnvironments environments) =>
        new(policy, ReferenceEquals(environments, PolicyEnvironments.Default) ? Shared.GetValue(policy, p => Compiling(p, environments)) : Compiling(policy, environments));

    /// <summary>Built-in policies compiled in the default environments, by policy instance.</summary>
    private static readonly ConditionalWeakTable<Policy, Lazy<CompiledPolicy>> Shared = new();

    private static Lazy<CompiledPolicy> Compiling(Policy policy, PolicyEnvironments environments) =>
        new(() => CompileTrusted(policy, environments), LazyThreadSafetyMode.ExecutionAndPublication);

    private static CompiledPolicy CompileTrusted(Policy policy, PolicyEnvironments environments)
    {
        var problems = new List<Finding>();
        return PolicyCompiler.Compile(policy, problems, environments)
            ?? throw new InvalidOperationException(
                $"built-in policy {policy.Id} does not compile: {string.Join("; ", problems.Select(p => $"{p.Location}: {p.Message}"))}");
    }
}
