using Rampart.Cel.Functions;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Evaluation;

/// <summary>
/// A .NET exception out of a function is a defect, not a CEL error: the evaluation throws
/// <see cref="CelInternalException"/> (with the function, its position and the expression) instead of returning a
/// value that error absorption or a host could take for a result. Errors a library returns stay values.
/// </summary>
public sealed class InternalFailureTests
{
    private static readonly CelEnvironment Environment = CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .AddVariable("x", CelType.Dyn)
        .AddFunction("boom", f => f
            .Global("boom_int", CelType.Int, CelType.Bool, _ => throw new InvalidCastException("a defect in boom")))
        .AddFunction("refuse", f => f
            .Global("refuse_int", CelType.Int, CelType.Bool, _ => new CelError("refuse: invalid argument")))
        .AddFunction("fold", f => f
            .Global("fold_string", CelType.String, CelType.Bool, _ => CelBool.True,
                prepare: constants => constants[constants.Count] is null ? CelPreparation.Unchanged : CelPreparation.Unchanged))
        .Build();

    private static CelProgram Compile(string source) => CelTestEnvironment.Compile(source, Environment);

    [Fact]
    public void An_exception_in_a_function_ends_the_evaluation_with_its_position_and_expression()
    {
        var program = Compile("x == 1 &&\n  boom(x)");

        var failure = Assert.Throws<CelInternalException>(() => program.Evaluate(new CelActivation().Add("x", 1L)));

        Assert.IsType<InvalidCastException>(failure.InnerException);
        Assert.Equal("function 'boom'", failure.Site);
        Assert.Equal(new CelSourceLocation(2, 7, 16), failure.Location);
        Assert.Equal("x == 1 &&\n  boom(x)", failure.Expression);
        Assert.Contains("InvalidCastException: a defect in boom", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false && boom(1)", false)]
    [InlineData("true || boom(1)", true)]
    public void A_branch_that_is_never_evaluated_cannot_fail(string source, bool expected)
    {
        Assert.Equal(CelBool.Of(expected), Compile(source).Evaluate());
    }

    [Theory]
    [InlineData("boom(1) && false")]
    [InlineData("boom(1) || true")]
    [InlineData("[1, 2].exists(i, boom(i))")]
    [InlineData("has({'a': 1}.a) ? boom(1) : false")]
    public void Error_absorption_does_not_absorb_a_defect(string source)
    {
        var program = Compile(source);

        Assert.Throws<CelInternalException>(() => program.Evaluate());
    }

    [Fact]
    public void An_error_a_function_returns_stays_a_value_that_logic_absorbs()
    {
        Assert.Equal("refuse: invalid argument", Assert.IsType<CelError>(Compile("refuse(1)").Evaluate()).Message);
        Assert.Equal(CelBool.False, Compile("refuse(1) && false").Evaluate());
    }

    [Fact]
    public void An_exception_in_a_preparer_is_a_defect_at_compile_time_not_a_compile_error()
    {
        var failure = Assert.Throws<CelInternalException>(() => Environment.Compile("fold('a')"));

        Assert.IsType<ArgumentOutOfRangeException>(failure.InnerException);
        Assert.Equal("fold('a')", failure.Expression);
    }
}
