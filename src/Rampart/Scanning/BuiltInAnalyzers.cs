using Rampart.Analysis;
using Rampart.Dependencies.Scanning;
using Rampart.Policies;
using Rampart.Policies.CrossObject;
using Rampart.Schemas;
using Rampart.Secrets;

namespace Rampart.Scanning;

/// <summary>
/// The analyzers Rampart ships, one line each. Adding an analyzer is a folder of its own (the analyzer, its rules,
/// its plan) and a line here. An analyzer that keeps what it saw is made anew by each build (the cross-object checks):
/// a scan whose renders add to the index builds its analyzers a second time.
/// </summary>
public static class BuiltInAnalyzers
{
    public static AnalyzerRegistry Registry { get; } = new AnalyzerRegistry()
        .Add(new("schema", "validates every object against its kind's schema", true, () => SchemaRules.All, o => SchemaAnalyzerFactory.Plan(o.Schemas)))
        .Add(new("policy", "runs the policy pack (ValidatingAdmissionPolicies in CEL) on every object", true, () => PolicyAnalyzer.CreateDefault().Rules, o => PolicyAnalyzerPlan.For(o.PolicyDirectories, o.Config.PolicyParameters)))
        .Add(new("cross-object", "compares objects with each other in one pass: unique Ingress hosts and Service selectors, autoscaler targets", true, () => CrossObjectRules.All, _ => new AnalyzerPlan { Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(new CrossObjectAnalyzer(), [])) }))
        .Add(new("secret", "finds credentials in every text file and in Kubernetes Secrets and env values", true, () => SecretRules.Descriptors, o => SecretPlan(new SecretAnalyzer(SecretScanner.DefaultOnFirstUse, o.Config.SecretAllowPaths))))
        .Add(new("vuln", "matches the packages of every lockfile against vulnerability data (OSV), with OpenVEX statements applied", true, () => VulnerabilityRules.All, o => VulnerabilityAnalyzerPlan.For(o.Vulnerabilities)));

    private static AnalyzerPlan SecretPlan(SecretAnalyzer analyzer) => AnalyzerPlan.Ready(analyzer) with { Warm = analyzer.Warm };
}
