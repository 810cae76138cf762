using BenchmarkDotNet.Attributes;
using Rampart.Cel;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Benchmarks;

/// <summary>
/// Compiling (parse, check, plan, estimate) typical policy expressions in an environment with every
/// library and the ValidatingAdmissionPolicy variables.
/// </summary>
[MemoryDiagnoser]
public class CelCompileBenchmarks
{
    private CelEnvironment environment = null!;

    [GlobalSetup]
    public void Setup() => environment = CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .UseExtensionLibraries()
        .UseKubernetesLibraries()
        .AddVariable("object", CelType.Dyn)
        .AddVariable("oldObject", CelType.Dyn)
        .AddVariable("params", CelType.Dyn)
        .AddVariable("request", CelType.Dyn)
        .Build();

    [Benchmark]
    public CelProgram? ContainersAll() => environment.Compile(
        "object.spec.template.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)").Program;

    [Benchmark]
    public CelProgram? ImageRegistryPolicy() => environment.Compile(
        "object.spec.template.spec.containers.all(c, c.image.startsWith('registry.example.com/') && !c.image.endsWith(':latest')) && " +
        "(!has(object.spec.template.spec.hostNetwork) || object.spec.template.spec.hostNetwork == false)").Program;
}
