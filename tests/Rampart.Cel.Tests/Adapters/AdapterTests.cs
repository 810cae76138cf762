using System.Text.Json;
using Rampart.Cel.Adapters;
using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Adapters;

public sealed class AdapterTests
{
    private const string Deployment = """
        {"apiVersion": "apps/v1", "kind": "Deployment",
         "metadata": {"name": "web", "labels": {"app": "web"}},
         "spec": {"replicas": 3, "template": {"spec": {"containers": [
            {"name": "a", "image": "nginx:1.25", "securityContext": {"runAsNonRoot": true}},
            {"name": "b", "image": "busybox", "resources": {"limits": {"cpu": 0.5}}}]}}}}
        """;

    [Theory]
    [InlineData("object.metadata.labels['app'] == 'web'", true)]
    [InlineData("object.spec.replicas == 3", true)]
    [InlineData("object.spec.template.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)", false)]
    [InlineData("object.spec.template.spec.containers.exists(c, c.image.startsWith('nginx'))", true)]
    [InlineData("object.spec.template.spec.containers[1].resources.limits.cpu == 0.5", true)]
    [InlineData("size(object.spec.template.spec.containers) == 2", true)]
    [InlineData("'kind' in object && !('status' in object)", true)]
    public void Json_element_is_read_in_place(string source, bool expected)
    {
        using var document = JsonDocument.Parse(Deployment);

        var result = Compile(source).Evaluate(new CelActivation().Add("object", document.RootElement));

        Assert.Equal(CelBool.Of(expected), result);
    }

    [Fact]
    public void Dotnet_dictionaries_and_lists_are_read_without_copying()
    {
        var labels = new Dictionary<string, object?> { ["app"] = "web" };
        var tree = new Dictionary<string, object?>
        {
            ["metadata"] = new Dictionary<string, object?> { ["labels"] = labels },
            ["ports"] = new List<object?> { 80, 443L },
            ["weights"] = new[] { 1.5, 2.5 },
        };
        var program = Compile("object.metadata.labels.app == 'web' && object.ports[1] == 443 && object.weights[0] == 1.5");
        var activation = new CelActivation().Add("object", tree);

        Assert.Equal(CelBool.True, program.Evaluate(activation));
        labels["app"] = "api";
        Assert.Equal(CelBool.False, program.Evaluate(activation));
    }

    [Fact]
    public void Unsupported_dotnet_type_becomes_an_error_value_naming_it()
    {
        var value = CelAdapter.From(new Uri("https://example.com"));

        Assert.Equal("unsupported value type 'System.Uri'", Assert.IsType<CelError>(value).Message);
    }

    [Fact]
    public void Activation_is_asked_lazily_only_for_variables_the_expression_reads()
    {
        var activation = new CountingActivation();

        Compile("true || object.a == 1").Evaluate(activation);
        Compile("x == 1 || x == 2").Evaluate(activation);

        Assert.Equal(["x", "x"], activation.Requested);
    }

    private sealed class CountingActivation : ICelActivation
    {
        public List<string> Requested { get; } = [];

        public bool TryResolve(string name, out CelValue value)
        {
            Requested.Add(name);
            value = CelInt.Of(2);
            return true;
        }
    }

    [Theory]
    [InlineData("x == x.self")]
    [InlineData("x in [x.self]")]
    [InlineData("[x].exists(e, e == x.self)")]
    public void A_cyclic_host_value_is_an_error_value_instead_of_a_stack_overflow(string source)
    {
        var cyclic = new Dictionary<string, object?>();
        cyclic["self"] = cyclic;

        var result = Compile(source).Evaluate(new CelActivation().Add("x", cyclic), new CelEvaluationOptions { CostLimit = null });

        Assert.Contains("nested too deeply", Assert.IsType<CelError>(result).Message, StringComparison.Ordinal);
    }
}
