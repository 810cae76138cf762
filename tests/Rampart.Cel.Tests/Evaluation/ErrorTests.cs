using Rampart.Cel.Values;
using Rampart.Testing;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Evaluation;

public sealed class ErrorTests
{
    [Theory]
    [InlineData("1 / 0", "division by zero")]
    [InlineData("1 % 0", "modulus by zero")]
    [InlineData("9223372036854775807 + 1", "return error for overflow")]
    [InlineData("-9223372036854775808 - 1", "return error for overflow")]
    [InlineData("-(-9223372036854775808)", "return error for overflow")]
    [InlineData("4611686018427387904 * 2", "return error for overflow")]
    [InlineData("0u - 1u", "return error for overflow")]
    [InlineData("-9223372036854775808 / -1", "return error for overflow")]
    [InlineData("{'a': 1}.b", "no such key: b")]
    [InlineData("{'a': 1}['b']", "no such key: \"b\"")]
    [InlineData("[1, 2][2]", "index out of range: 2")]
    [InlineData("int('ten')", "cannot convert \"ten\" to int")]
    [InlineData("int(1e20)", "range error")]
    [InlineData("dyn('a') + 1", "no such overload")]
    [InlineData("timestamp('2024-13-01T00:00:00Z')", "invalid timestamp")]
    [InlineData("duration('1 hour')", "invalid duration")]
    [InlineData("x.spec", "no such key: spec")]
    public void Failures_are_error_values_with_a_message(string source, string message)
    {
        var error = EvaluateError(source, new Dictionary<string, object?>());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_carries_the_position_of_the_failing_operation()
    {
        var error = EvaluateError("x.a == 1 &&\n  x.b / 0 == 1", new Dictionary<string, object?> { ["a"] = 1L, ["b"] = 4L });

        Assert.Equal("division by zero", error.Message);
        Assert.Equal(new CelSourceLocation(2, 7, 18), error.Location);
    }

    [Fact]
    public void Missing_variable_is_an_error_value_naming_it()
    {
        var program = Compile("object.metadata.name == 'a'");

        var error = Assert.IsType<CelError>(program.Evaluate(CelActivation.Empty));

        Assert.Equal("no such attribute: object", error.Message);
        Assert.Equal(1, error.Location?.Column);
    }

    [Theory]
    [InlineData("false && 1 / 0 == 1", false)]
    [InlineData("1 / 0 == 1 && false", false)]
    [InlineData("true || {}.a", true)]
    [InlineData("{}.a || true", true)]
    [InlineData("true ? true : 1 / 0 == 1", true)]
    [InlineData("[1, 0].exists(i, 10 / i == 10)", true)]
    [InlineData("[0, 1].all(i, 10 / i == 1)", false)]
    public void Logical_operators_absorb_errors_as_specified(string source, bool expected)
    {
        Assert.Equal(CelBool.Of(expected), Evaluate(source));
    }

    [Theory]
    [InlineData("true && 1 / 0 == 1")]
    [InlineData("1 / 0 == 1 || false")]
    [InlineData("(1 / 0 == 1) ? 1 : 2")]
    [InlineData("[1, 0].all(i, 10 / i == 10)")]
    public void Errors_that_decide_the_result_are_not_absorbed(string source)
    {
        Assert.IsType<CelError>(Evaluate(source));
    }

    [Fact]
    public void Non_boolean_operand_of_a_logical_operator_is_an_error_not_null()
    {
        var error = EvaluateError("x && true", 1L);

        Assert.Contains("no such overload", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timestamp(x)")]
    [InlineData("duration(x)")]
    public void Messages_quoting_long_text_from_the_data_are_cut_short(string source)
    {
        var text = "(" + new string('9', 1_000_000);

        var error = EvaluateError(source, text);

        Assert.InRange(error.Message.Length, 1, CelError.MaxMessageLength + 3);
        Assert.EndsWith("...", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_conversion_of_long_text_quotes_only_its_start()
    {
        // The message quoted the text in full before cutting it, so every failed conversion copied the whole text.
        var program = Compile("x.all(e, bool(object))");
        static CelActivation Activation(int length) => new CelActivation()
            .Add("x", Enumerable.Range(0, 200).Select(i => (object?)(long)i).ToList())
            .Add("object", new string('9', length));
        var shortText = Activation(10_000);
        var longText = Activation(1_000_000);

        var error = Assert.IsType<CelError>(program.Evaluate(longText));

        Assert.StartsWith("cannot convert \"999", error.Message, StringComparison.Ordinal);
        var allocatedForShort = Work.AllocatedBy(() => program.Evaluate(shortText));
        var allocatedForLong = Work.AllocatedBy(() => program.Evaluate(longText));
        Assert.True(allocatedForLong < 2 * allocatedForShort, $"{allocatedForLong:N0} bytes for a 1,000,000-character text, {allocatedForShort:N0} for 10,000");
    }
}
