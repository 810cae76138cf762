using BenchmarkDotNet.Attributes;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;

namespace Rampart.Benchmarks;

/// <summary>
/// Schema validation of one object, schemas already compiled: the built-in set, and Kubernetes 1.35's
/// OpenAPI documents (<c>--schemas</c>). Run: <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- --filter *SchemaValidation* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private readonly List<Finding> findings = [];
    private SchemaAnalyzer builtIn = null!;
    private SchemaAnalyzer openApi = null!;
    private AnalysisContext context = null!;
    private KubernetesObject deployment = null!;
    private KubernetesObject service = null!;
    private KubernetesObject configMap = null!;

    [GlobalSetup]
    public void Setup()
    {
        deployment = SchemaBenchmarkData.Object(SchemaBenchmarkData.Deployment);
        service = SchemaBenchmarkData.Object(SchemaBenchmarkData.Service);
        configMap = SchemaBenchmarkData.Object(SchemaBenchmarkData.ConfigMap);
        var objects = new[] { deployment, service, configMap };
        context = new AnalysisContext(ScanIndex.Of(objects), CancellationToken.None);
        builtIn = SchemaAnalyzerFactory.CreateAsync(new SchemaOptions(), objects).GetAwaiter().GetResult().Analyzer;
        openApi = SchemaAnalyzerFactory.CreateAsync(new SchemaOptions { Sources = [SchemaBenchmarkData.OpenApi135()], UseBuiltIn = false }, objects)
            .GetAwaiter().GetResult().Analyzer;
        foreach (var analyzer in new[] { builtIn, openApi })
        {
            foreach (var obj in objects)
            {
                analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
            }
        }

        if (findings.Count > 0)
        {
            throw new InvalidOperationException("the benchmark manifests must be valid: " + string.Join("; ", findings.Select(f => f.Message)));
        }
    }

    [Benchmark(Baseline = true)]
    public int Deployment_built_in() => Run(builtIn, deployment);

    [Benchmark]
    public int Service_built_in() => Run(builtIn, service);

    [Benchmark]
    public int ConfigMap_built_in() => Run(builtIn, configMap);

    [Benchmark]
    public int Deployment_openapi_1_35() => Run(openApi, deployment);

    private int Run(SchemaAnalyzer analyzer, KubernetesObject obj)
    {
        findings.Clear();
        analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
        return findings.Count;
    }
}
