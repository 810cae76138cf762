using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests;

/// <summary>Compiles and evaluates expressions against the standard library, for tests that read like the case.</summary>
internal static class CelTestEnvironment
{
    public static CelEnvironment Standard { get; } = CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .AddVariable("object", CelType.Dyn)
        .AddVariable("x", CelType.Dyn)
        .Build();

    public static CelProgram Compile(string expression, CelEnvironment? environment = null)
    {
        var result = (environment ?? Standard).Compile(expression);
        Assert.True(result.Success, $"'{expression}' did not compile: {result}");
        return result.Program!;
    }

    public static CelIssue CompileError(string expression, CelEnvironment? environment = null)
    {
        var result = (environment ?? Standard).Compile(expression);
        Assert.False(result.Success, $"'{expression}' compiled, an error was expected");
        return result.Errors[0];
    }

    public static CelValue Evaluate(string expression, object? x = null, CelEvaluationOptions? options = null) =>
        Compile(expression).Evaluate(new CelActivation().Add("x", x), options);

    public static CelError EvaluateError(string expression, object? x = null)
    {
        var value = Evaluate(expression, x);
        return Assert.IsType<CelError>(value);
    }
}
