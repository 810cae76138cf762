using Rampart.Analysis;

namespace Rampart.Policies;

/// <summary>How a scan gets its policy analyzer: the pack loaded and compiled before the repository is read.</summary>
public static class PolicyAnalyzerPlan
{
    /// <summary>
    /// The built-in pack, with the policies of <paramref name="policyDirectories"/> added or replacing built-ins of
    /// the same id, compiled; the index must hold the kinds the policies read across objects.
    /// </summary>
    public static AnalyzerPlan For(IReadOnlyList<string> policyDirectories)
    {
        var policies = policyDirectories.Count == 0
            ? BuiltInPolicies.All
            : BuiltInPolicies.All.OverriddenBy(PolicyLoader.Combine(policyDirectories.Select(PolicyLoader.LoadDirectory)));
        var analyzer = new PolicyAnalyzer(policies);
        return new AnalyzerPlan
        {
            ContextKinds = analyzer.ContextKinds,
            Problems = analyzer.Problems,
            Build = (index, _) => ValueTask.FromResult(new AnalyzerBuild(analyzer.For(index), [])),
        };
    }
}
