using BenchmarkDotNet.Attributes;
using Rampart.Cel;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Benchmarks;

/// <summary>
/// Evaluation of two typical policy expressions over a realistic Deployment held in .NET dictionaries and
/// read through the engine's dictionary adapter (no copy): a label lookup and an <c>all()</c> over the
/// two containers.
/// </summary>
[MemoryDiagnoser]
public class CelEvaluationBenchmarks
{
    private CelProgram labelLookup = null!;
    private CelProgram containersAll = null!;
    private CelActivation activation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var environment = CelEnvironment.CreateBuilder()
            .UseStandardLibrary()
            .AddVariable("object", CelType.Dyn)
            .Build();
        labelLookup = environment.Compile("object.metadata.labels['app'] == 'x'").Program!;
        containersAll = environment.Compile(
            "object.spec.template.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)").Program!;
        activation = new CelActivation().Add("object", CelDeployment.Create());
    }

    [Benchmark]
    public CelValue LabelLookup() => labelLookup.Evaluate(activation);

    [Benchmark]
    public CelValue ContainersAll() => containersAll.Evaluate(activation);
}
