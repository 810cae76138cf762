using BenchmarkDotNet.Attributes;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;

namespace Rampart.Benchmarks;

/// <summary>
/// Start-up cost of schemas: reading Kubernetes 1.35's core/v1 and apps/v1 documents and compiling the
/// Deployment, Service and ConfigMap roots (everything they reference) on first use; the same with the
/// embedded built-in set.
/// Run: <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- --filter *SchemaCompile* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SchemaCompileBenchmarks
{
    private readonly List<Finding> findings = [];
    private KubernetesObject[] objects = null!;
    private string openApi = null!;

    [GlobalSetup]
    public void Setup()
    {
        objects = [SchemaBenchmarkData.Object(SchemaBenchmarkData.Deployment), SchemaBenchmarkData.Object(SchemaBenchmarkData.Service), SchemaBenchmarkData.Object(SchemaBenchmarkData.ConfigMap)];
        openApi = SchemaBenchmarkData.OpenApi135();
    }

    [Benchmark]
    public int Load_and_compile_core_v1_and_apps_v1()
    {
        var analyzer = SchemaAnalyzerFactory.CreateAsync(new SchemaOptions { Sources = [openApi], UseBuiltIn = false }, objects).GetAwaiter().GetResult().Analyzer;
        return Validate(analyzer);
    }

    [Benchmark]
    public int Load_and_compile_built_in_set()
    {
        var set = new SchemaSet([DocumentSchemaSource.Of("built-in", BuiltInSchemas.Load(strict: true))]);
        return Validate(new SchemaAnalyzer(set));
    }

    private int Validate(SchemaAnalyzer analyzer)
    {
        findings.Clear();
        var context = new AnalysisContext(ScanIndex.Of(objects), CancellationToken.None);
        foreach (var obj in objects)
        {
            analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
        }

        return findings.Count;
    }
}
