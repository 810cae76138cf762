using BenchmarkDotNet.Attributes;
using Rampart.Cel;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Benchmarks;

/// <summary>
/// One evaluation of typical policy expressions that call the extension and Kubernetes libraries, over a
/// container of a Deployment given as plain .NET dictionaries (compiled once, evaluated per iteration).
/// </summary>
[MemoryDiagnoser]
public class CelLibraryBenchmarks
{
    private readonly CelActivation activation = new CelActivation().Add("object", new Dictionary<string, object?>
    {
        ["name"] = "web-frontend-7",
        ["image"] = "registry.example.com:5000/team/web:1.24.3",
        ["memory"] = "512Mi",
        ["podIP"] = "10.42.7.19",
        ["endpoint"] = "https://api.example.com:8443/v1/items?limit=10",
    });

    private readonly CelProgram quantityCompare = Compile("quantity(object.memory).isLessThan(quantity('1Gi'))");
    private readonly CelProgram cidrContains = Compile("cidr('10.0.0.0/8').containsIP(object.podIP)");
    private readonly CelProgram regexFind = Compile("object.image.find('[0-9]+\\\\.[0-9]+\\\\.[0-9]+$')");
    private readonly CelProgram semverCompare = Compile("semver(object.image.substring(object.image.lastIndexOf(':') + 1)).isLessThan(semver('2.0.0'))");
    private readonly CelProgram urlHost = Compile("url(object.endpoint).getHostname()");
    private readonly CelProgram nameFormat = Compile("format.dns1123Label().validate(object.name).hasValue()");
    private readonly CelProgram stringFormat = Compile("'%s uses %.1f GiB'.format([object.name, quantity(object.memory).asApproximateFloat() / 1073741824.0])");

    [Benchmark]
    public CelValue Quantity_is_less_than() => quantityCompare.Evaluate(activation);

    [Benchmark]
    public CelValue Cidr_contains_ip_string() => cidrContains.Evaluate(activation);

    [Benchmark]
    public CelValue Regex_find_version() => regexFind.Evaluate(activation);

    [Benchmark]
    public CelValue Semver_from_image_tag() => semverCompare.Evaluate(activation);

    [Benchmark]
    public CelValue Url_hostname() => urlHost.Evaluate(activation);

    [Benchmark]
    public CelValue Dns1123_label_validation() => nameFormat.Evaluate(activation);

    [Benchmark]
    public CelValue String_format() => stringFormat.Evaluate(activation);

    private static CelProgram Compile(string expression)
    {
        var environment = CelEnvironment.CreateBuilder()
            .UseStandardLibrary()
            .UseExtensionLibraries()
            .UseKubernetesLibraries()
            .AddVariable("object", CelType.Dyn)
            .Build();
        var result = environment.Compile(expression);
        return result.Program ?? throw new InvalidOperationException(result.ToString());
    }
}
