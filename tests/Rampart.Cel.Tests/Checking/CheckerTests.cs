using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;
using Rampart.Testing;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Checking;

public sealed class CheckerTests
{
    private static readonly CelEnvironment Typed = CelEnvironment.CreateBuilder()
        .UseStandardLibrary()
        .AddVariable("replicas", CelType.Int)
        .AddVariable("labels", CelType.Map(CelType.String, CelType.String))
        .AddVariable("containers", CelType.List(CelType.Map(CelType.String, CelType.Dyn)))
        .AddVariable("object", CelType.Dyn)
        .Build();

    [Fact]
    public void Undeclared_variable_is_a_compile_error_at_its_position()
    {
        var issue = CompileError("replicas > 1 && spec.x", Typed);

        Assert.Equal("undeclared reference to 'spec' (in container '')", issue.Message);
        Assert.Equal((1, 17), (issue.Line, issue.Column));
    }

    [Fact]
    public void Unknown_function_is_a_compile_error()
    {
        var issue = CompileError("frobnicate(replicas)", Typed);

        Assert.Contains("undeclared reference to 'frobnicate'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_arity_is_a_compile_error()
    {
        var issue = CompileError("size(labels, 1)", Typed);

        Assert.Equal("found no matching overload for 'size' applied to '(map(string, string), int)'", issue.Message);
    }

    [Theory]
    [InlineData("replicas + 'x'", "found no matching overload for '+' applied to '(int, string)'")]
    [InlineData("labels['app'] > 1", "found no matching overload for '>' applied to '(string, int)'")]
    [InlineData("replicas.startsWith('a')", "found no matching overload for 'startsWith' applied to 'int.(string)'")]
    [InlineData("replicas.name", "type 'int' does not support field selection")]
    [InlineData("replicas.all(x, x > 0)", "cannot be range of a comprehension")]
    [InlineData("1 == 1u", "found no matching overload for '==' applied to '(int, uint)'")]
    public void Type_mismatch_known_at_compile_time_is_an_error(string source, string message)
    {
        Assert.Contains(message, CompileError(source, Typed).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replicas * 2", "int")]
    [InlineData("labels['app']", "string")]
    [InlineData("containers.map(c, c.name)", "list(dyn)")]
    [InlineData("[1, 2].map(i, i * 2)", "list(int)")]
    [InlineData("{'a': [1]}", "map(string, list(int))")]
    [InlineData("labels.exists(k, k == 'app')", "bool")]
    [InlineData("object.spec.replicas", "dyn")]
    [InlineData("[1, 'a']", "list(dyn)")]
    [InlineData("optional.of(1)", "optional_type(int)")]
    [InlineData("type(1)", "type(int)")]
    public void Result_type_is_deduced(string source, string expected)
    {
        Assert.Equal(expected, Compile(source, Typed).ResultType.ToString());
    }

    [Fact]
    public void Dyn_values_defer_the_decision_to_run_time()
    {
        var program = Compile("object.spec.replicas + 1", Typed);

        var result = program.Evaluate(new CelActivation().Add("object", new Dictionary<string, object?> { ["spec"] = new Dictionary<string, object?> { ["replicas"] = "three" } }));

        Assert.StartsWith("no such overload", Assert.IsType<CelError>(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comprehension_variables_shadow_declared_variables()
    {
        Assert.Equal(CelBool.True, Compile("[1, 2].all(replicas, replicas > 0)", Typed).Evaluate(new CelActivation().Add("replicas", CelInt.Of(-5))));
    }

    [Fact]
    public void Container_resolves_qualified_variable_names()
    {
        var environment = CelEnvironment.CreateBuilder().UseStandardLibrary().WithContainer("a.b").AddVariable("a.b.c", CelType.Int).AddVariable("c", CelType.String).Build();

        var program = Compile("c + 1", environment);

        Assert.Equal(CelInt.Of(42), program.Evaluate(new CelActivation().Add("a.b.c", CelInt.Of(41))));
    }

    [Fact]
    public void Invalid_regular_expression_literal_is_a_compile_error()
    {
        var issue = CompileError("'abc'.matches('(a)\\\\1')", Typed);

        Assert.Contains("invalid regular expression", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_the_expression_is_reported()
    {
        var result = Typed.Compile("undefinedA + undefinedB");

        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Declared_variables_compile_and_a_typo_in_one_is_caught()
    {
        var environment = CelEnvironment.CreateBuilder().UseStandardLibrary()
            .AddVariable("object", CelType.Dyn)
            .AddVariable("oldObject", CelType.Dyn)
            .AddVariable("variables", CelType.Map(CelType.String, CelType.Dyn))
            .Build();

        Assert.True(environment.Compile("object.spec == oldObject.spec && variables.limit > 0").Success);
        Assert.Equal("undeclared reference to 'oldobject' (in container '')", CompileError("oldobject.spec", environment).Message);
    }

    [Fact]
    public void A_long_chain_of_generic_calls_compiles_in_linear_time()
    {
        // Trying an overload used to copy every type binding made so far, and locating each node copied its line
        // from the start to count code points: a chain of 12,000 comparisons took seconds to compile.
        static string Chain(int links) => string.Join("||", Enumerable.Repeat("1==1", links));

        Work.AssertLinear(
            links =>
            {
                var source = Chain(links);
                return Work.AllocatedBy(() => Typed.Compile(source));
            },
            750);

        var result = Typed.Compile(Chain(12_000));

        Assert.True(result.Success, result.ToString());
    }

    [Fact]
    public void Type_variables_of_the_one_fitting_overload_stay_bound()
    {
        Assert.Equal("list(int)", Compile("[1] + [2]", Typed).ResultType.ToString());
        Assert.Equal("int", Compile("[[1], [2]][0][0] + 1", Typed).ResultType.ToString());
        Assert.Equal("map(string, list(int))", Compile("{'a': [1]}.filter(k, k == 'a').size() > 0 ? {'a': [1]} : {'b': [2]}", Typed).ResultType.ToString());
    }
}
