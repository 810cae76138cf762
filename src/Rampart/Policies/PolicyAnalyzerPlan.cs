using Rampart.Analysis;
using Rampart.Configuration;

namespace Rampart.Policies;

/// <summary>How a scan gets its policy analyzer: the pack loaded and compiled before the repository is read.</summary>
public static class PolicyAnalyzerPlan
{
    /// <summary>
    /// The built-in pack, with the policies of <paramref name="policyDirectories"/> added or replacing built-ins of
    /// the same id, compiled; the index must hold the kinds the policies read across objects.
    /// </summary>
    /// <remarks>
    /// The parameters <paramref name="parameters"/> sets (<c>rampart.yaml</c>'s <c>params</c>) are laid over the
    /// policies that take them; one that names no policy or no parameter is an error that stops the scan.
    /// </remarks>
    public static AnalyzerPlan For(IReadOnlyList<string> policyDirectories, IReadOnlyList<PolicyParameterConfig>? parameters = null)
    {
        var errors = new List<ConfigError>();
        var analyzer = Load(policyDirectories, parameters ?? [], errors);
        string[] setupErrors = [.. errors.Select(e => e.ToString())];
        return new AnalyzerPlan
        {
            ContextKinds = analyzer.ContextKinds,
            Problems = analyzer.Problems,
            Warm = setupErrors.Length > 0 ? null : analyzer.CompileAll,
            Build = (index, _) => ValueTask.FromResult(new AnalyzerBuild(setupErrors.Length > 0 ? null : analyzer.For(index), setupErrors)),
        };
    }

    /// <summary>
    /// The analyzer of a scan's policy set, for hosts that evaluate without a scan (the admission webhook): the
    /// built-in pack overridden by <paramref name="policyDirectories"/>, with <paramref name="parameters"/> applied;
    /// a parameter that names no policy or no parameter is added to <paramref name="errors"/>. Only the policies
    /// <paramref name="keep"/> accepts are compiled (all when it is null).
    /// </summary>
    public static PolicyAnalyzer Load(IReadOnlyList<string> policyDirectories, IReadOnlyList<PolicyParameterConfig> parameters, List<ConfigError> errors, Func<Policy, bool>? keep = null)
    {
        var policies = policyDirectories.Count == 0
            ? BuiltInPolicies.All
            : BuiltInPolicies.All.OverriddenBy(PolicyLoader.Combine(policyDirectories.Select(PolicyLoader.LoadDirectory)));
        policies = PolicyParameterBinding.Apply(policies, parameters, errors);
        return new PolicyAnalyzer(keep is null ? policies : policies with { Policies = [.. policies.Policies.Where(keep)] });
    }
}
