using Rampart.Analysis;
using Rampart.Configuration;
using Rampart.Loading;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Policies.Cel;
using Rampart.Policies;

namespace Rampart.Tests.Policies;

/// <summary>Runs an analyzer over every object of a text, with those objects as the repository.</summary>
internal static class PolicyRun
{
    public static List<Finding> Analyze(PolicyAnalyzer analyzer, string path, string text) =>
        Analyze(analyzer, TestObjects.Read(path, text));

    public static List<Finding> Analyze(PolicyAnalyzer analyzer, IReadOnlyList<KubernetesObject> objects)
    {
        var context = new AnalysisContext(ScanIndex.Of(objects), TestContext.Current.CancellationToken);
        var findings = new List<Finding>();
        foreach (var obj in objects)
        {
            analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
        }

        return findings;
    }

    public static PolicyAnalyzer Only(Policy policy) => new(new PolicyLoadResult([policy], []));

    /// <summary>An analyzer of <paramref name="policy"/> with the parameters of <paramref name="yaml"/> (a mapping, as under <c>params.&lt;id&gt;</c>); any error fails the test.</summary>
    public static PolicyAnalyzer WithParameters(Policy policy, string yaml)
    {
        var values = Assert.IsType<MappingNode>(new YamlLoader().Load("params.yaml", yaml).Single().Root);
        var errors = new List<ConfigError>();
        var bound = PolicyParameterBinding.Apply(new PolicyLoadResult([policy], []), [new PolicyParameterConfig(policy.Id, values, new ConfigSource("params.yaml", 1))], errors);
        Assert.Empty(errors.Select(e => e.ToString()));
        return new PolicyAnalyzer(bound);
    }

    /// <summary>An analyzer of the policies of <paramref name="policyText"/>, compiled in <paramref name="environments"/> (default: the scan's); any problem fails the test.</summary>
    public static PolicyAnalyzer FromText(string policyText, PolicyEnvironments? environments = null)
    {
        var analyzer = new PolicyAnalyzer(PolicyLoader.LoadText("policy.yaml", policyText), environments ?? PolicyEnvironments.Default);
        Assert.Empty(analyzer.Problems.Select(p => $"{p.Location}: {p.Message}"));
        return analyzer;
    }
}
