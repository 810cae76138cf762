using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

/// <summary>Runs the schema analyzer over YAML and returns its findings.</summary>
internal static class SchemaAssert
{
    public static List<Finding> Analyze(string yaml, SchemaOptions? options = null)
    {
        var objects = TestObjects.FromYaml(yaml);
        var setup = SchemaAnalyzerFactory.CreateAsync(options ?? new SchemaOptions(), objects, cancellation: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.Empty(setup.Errors);
        var findings = new List<Finding>();
        var context = new AnalysisContext(ScanIndex.Of(objects), TestContext.Current.CancellationToken);
        foreach (var obj in objects)
        {
            setup.Analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
        }

        return findings;
    }

    public static Finding Single(string yaml, SchemaOptions? options = null)
    {
        var findings = Analyze(yaml, options);
        return Assert.Single(findings);
    }

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Location.FieldPath} {f.Location.Line}:{f.Location.Column} {f.Message}"));
}
