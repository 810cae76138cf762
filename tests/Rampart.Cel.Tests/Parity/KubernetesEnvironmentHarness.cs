using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Parity;

/// <summary>
/// Compiles and evaluates in the Kubernetes API server's environment (<c>UseKubernetesEnvironment</c>) and checks
/// the outcome against an expectation written as CEL (evaluated in the same environment), or
/// <c>error: text</c> / <c>compile error: text</c> where the message must contain the text.
/// </summary>
internal static class KubernetesEnvironmentHarness
{
    public static CelEnvironment Environment { get; } = CelEnvironment.CreateBuilder()
        .UseKubernetesEnvironment()
        .AddVariable("object", CelType.Dyn)
        .Build();

    public static void Check(string expression, string expected, object? @object = null)
    {
        var compiled = Environment.Compile(expression);
        if (expected.StartsWith("compile error: ", StringComparison.Ordinal))
        {
            Assert.False(compiled.Success, $"{expression} compiled, expected a compile error");
            Assert.Contains(expected["compile error: ".Length..], compiled.Errors[0].Message, StringComparison.Ordinal);
            return;
        }

        Assert.True(compiled.Success, $"{expression}: {compiled}");
        var result = compiled.Program.Evaluate(new CelActivation().Add("object", @object));
        if (expected.StartsWith("error: ", StringComparison.Ordinal))
        {
            var error = Assert.IsType<CelError>(result);
            Assert.Contains(expected["error: ".Length..], error.Message, StringComparison.Ordinal);
            return;
        }

        var value = Environment.Compile(expected).Program!.Evaluate();
        Assert.False(result is CelError, $"{expression}: {result}");
        Assert.Equal(value.Type.Name, result.Type.Name);
        Assert.True(value.CelEquals(result), $"{expression}: got {CelDisplay.Format(result)}, expected {CelDisplay.Format(value)}");
    }
}
