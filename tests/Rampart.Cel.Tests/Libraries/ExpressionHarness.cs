using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Libraries;

/// <summary>
/// Compiles and evaluates expressions in an environment with every library, and checks the outcome
/// against an expectation written as CEL text: a literal evaluated with the standard library alone, or
/// <c>error: text</c> / <c>compile error: text</c> where the message must contain the text.
/// </summary>
internal static class ExpressionHarness
{
    private static readonly CelEnvironment Libraries = CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .UseExtensionLibraries()
        .UseKubernetesLibraries()
        .AddVariable("object", CelType.Dyn)
        .Build();

    private static readonly CelEnvironment StandardOnly = CelEnvironment.CreateBuilder().UseStandardLibrary().Build();

    public static CelValue Evaluate(string expression, object? @object = null, bool costLimit = true)
    {
        var compiled = Libraries.Compile(expression);
        Assert.True(compiled.Success, $"{expression}: {compiled}");
        var options = costLimit ? CelEvaluationOptions.Default : new CelEvaluationOptions { CostLimit = null };
        return compiled.Program.Evaluate(new CelActivation().Add("object", @object), options);
    }

    /// <summary>What evaluating <paramref name="expression"/> costs, without a limit.</summary>
    public static long Cost(string expression, object? @object = null) => Charged(expression, @object).Cost;

    /// <summary>Evaluates without a cost limit and returns the cost the evaluation was charged; the result must not be an error.</summary>
    public static long ActualCost(string expression, object? @object = null)
    {
        var (result, cost) = Charged(expression, @object);
        Assert.False(result is CelError, $"{expression}: {result}");
        return cost;
    }

    private static (CelValue Result, long Cost) Charged(string expression, object? @object)
    {
        var compiled = Libraries.Compile(expression);
        Assert.True(compiled.Success, $"{expression}: {compiled}");
        var result = compiled.Program.Evaluate(new CelActivation().Add("object", @object), new CelEvaluationOptions { CostLimit = null }, out var cost);
        return (result, cost);
    }

    public static void Check(string expression, string expected, object? @object = null, bool costLimit = true)
    {
        if (expected.StartsWith("compile error: ", StringComparison.Ordinal))
        {
            var failed = Libraries.Compile(expression);
            Assert.False(failed.Success, $"{expression} compiled, expected a compile error");
            Assert.Contains(expected["compile error: ".Length..], failed.Errors[0].Message, StringComparison.Ordinal);
            return;
        }

        var result = Evaluate(expression, @object, costLimit);
        if (expected.StartsWith("error: ", StringComparison.Ordinal))
        {
            var error = Assert.IsType<CelError>(result);
            Assert.Contains(expected["error: ".Length..], error.Message, StringComparison.Ordinal);
            return;
        }

        var compiledExpected = StandardOnly.Compile(expected);
        Assert.True(compiledExpected.Success, $"expected value {expected}: {compiledExpected}");
        var value = compiledExpected.Program.Evaluate();
        Assert.False(result is CelError, $"{expression}: {result}");
        Assert.Equal(value.Type.Name, result.Type.Name);
        Assert.True(value.CelEquals(result) || SameNaN(value, result), $"{expression}: got {CelDisplay.Format(result)}, expected {CelDisplay.Format(value)}");
    }

    private static bool SameNaN(CelValue a, CelValue b) => a is CelDouble { Value: double.NaN } && b is CelDouble { Value: double.NaN };
}
