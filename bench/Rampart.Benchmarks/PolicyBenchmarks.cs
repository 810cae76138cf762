using BenchmarkDotNet.Attributes;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Policies;

namespace Rampart.Benchmarks;

/// <summary>
/// Every built-in policy on one Deployment: the typical one reports about twenty findings (and pays for locating
/// them), the hardened one almost none.
/// <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- --filter *PolicyBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private readonly PolicyAnalyzer analyzer = PolicyAnalyzer.CreateDefault();
    private readonly List<Finding> findings = PolicyWorkloads.NewFindings();
    private KubernetesObject deployment = null!;
    private AnalysisContext context = null!;

    [Params("typical", "hardened")]
    public string Manifest { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        deployment = PolicyWorkloads.Read("deployment.yaml", Manifest == "typical" ? PolicyWorkloads.Typical : PolicyWorkloads.Hardened);
        context = PolicyWorkloads.Context([deployment]);
    }

    [Benchmark]
    public int AllPoliciesOnOneDeployment()
    {
        findings.Clear();
        analyzer.Analyze(new ObjectUnderReview(deployment, AdmissionAttributes.Scan), context, findings);
        return findings.Count;
    }
}
