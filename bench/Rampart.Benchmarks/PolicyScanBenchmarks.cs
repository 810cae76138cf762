using BenchmarkDotNet.Attributes;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Policies;

namespace Rampart.Benchmarks;

/// <summary>
/// The policy stage of a scan over a repository shaped like the speed target's (Deployments, Services and
/// ConfigMaps in equal numbers), on one thread: divide the objects by the time for resources per second and core.
/// <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- --filter *PolicyScanBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class PolicyScanBenchmarks
{
    private const int ObjectsPerKind = 1000;
    private readonly PolicyAnalyzer analyzer = PolicyAnalyzer.CreateDefault();
    private readonly List<Finding> findings = new(ObjectsPerKind * 40);
    private List<KubernetesObject> objects = null!;
    private AnalysisContext context = null!;

    [GlobalSetup]
    public void Setup()
    {
        objects = [];
        for (var i = 0; i < ObjectsPerKind; i++)
        {
            var name = $"app-{i}";
            objects.Add(PolicyWorkloads.Read($"apps/{name}/deployment.yaml", PolicyWorkloads.Typical.Replace("checkout", name, StringComparison.Ordinal)));
            objects.Add(PolicyWorkloads.Read($"apps/{name}/service.yaml", PolicyWorkloads.Service.Replace("checkout", name, StringComparison.Ordinal)));
            objects.Add(PolicyWorkloads.Read($"apps/{name}/configmap.yaml", PolicyWorkloads.ConfigMap.Replace("checkout", name, StringComparison.Ordinal)));
        }

        context = PolicyWorkloads.Context(objects);
    }

    [Benchmark(OperationsPerInvoke = 3 * ObjectsPerKind)]
    public int ScanThreeThousandObjects()
    {
        findings.Clear();
        foreach (var obj in objects)
        {
            analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, findings);
        }

        return findings.Count;
    }
}
