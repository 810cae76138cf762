using Rampart.Cel.Tests.Libraries;

namespace Rampart.Cel.Tests.Parity;

/// <summary>
/// Expressions on which a differential run against cel-go with the Kubernetes CEL environment disagreed with
/// this engine; each expectation is cel-go's result.
/// </summary>
public sealed class DifferentialFindingsTests
{
    [Theory]
    [InlineData("'%s'.format([1, 2])", "compile error: too many arguments supplied to string.format (expected 1, got 2)")]
    [InlineData("'%d'.format([type(1)])", "compile error: decimal clause can only be used on ints, uints, and doubles, was given")]
    [InlineData("'%s %s'.format([1])", "compile error: index 1 out of range")]
    [InlineData("'%x'.format([1.5])", "compile error: only ints, uints, bytes, and strings can be formatted as hex, was given double")]
    [InlineData("'%s'.format([[1, optional.of(2)]])", "compile error: string clause can only be used on")]
    [InlineData("'%d %s'.format([1, 'a'])", "'1 a'")]
    [InlineData("'%s'.format([dyn(1), dyn(2)].slice(0, 2))", "'1'")]
    [InlineData("object.f.format([1, 2])", "'1'")]
    public void Format_with_a_literal_format_string_is_checked_when_compiled(string expression, string expected) =>
        ExpressionHarness.Check(expression, expected, new Dictionary<string, object?> { ["f"] = "%s" });

    [Theory]
    [InlineData("int(duration('1s'))", "1000000000")]
    [InlineData("int(duration('-1ms'))", "-1000000")]
    public void Int_of_a_duration_is_its_nanosecond_count(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("double(object.s)", "1e309", "error: ")]
    [InlineData("double(object.s)", "-1e309", "error: ")]
    [InlineData("double(object.s)", "1_000.5", "1000.5")]
    [InlineData("double(object.s)", "0x1p-2", "0.25")]
    [InlineData("double(object.s)", "1__0.5", "error: ")]
    [InlineData("double(object.s)", "_1.5", "error: ")]
    [InlineData("double(object.s)", "1.5_", "error: ")]
    [InlineData("double(object.s)", "infinity", "double('inf')")]
    [InlineData("double(object.s)", "-Inf", "-double('inf')")]
    [InlineData("double(object.s)", " 1.5", "error: ")]
    [InlineData("double(object.s)", "1e-400", "0.0")]
    public void Double_of_a_string_parses_as_go_strconv_does(string expression, string text, string expected) =>
        ExpressionHarness.Check(expression, expected, new Dictionary<string, object?> { ["s"] = text });

    [Theory]
    [InlineData("string(timestamp('2024-01-02T03:04:05+01:00'))", "'2024-01-02T03:04:05+01:00'")]
    [InlineData("string(timestamp('2024-01-02T03:04:05.5-07:30'))", "'2024-01-02T03:04:05.5-07:30'")]
    [InlineData("string(timestamp('2024-01-02T03:04:05Z'))", "'2024-01-02T03:04:05Z'")]
    [InlineData("string(timestamp('2024-01-02T03:04:05+01:00') + duration('1h'))", "'2024-01-02T04:04:05+01:00'")]
    [InlineData("timestamp('2024-01-02T03:04:05+01:00') == timestamp('2024-01-02T02:04:05Z')", "true")]
    [InlineData("timestamp('2024-01-02T03:04:05+01:00').getHours()", "3")]
    [InlineData("timestamp('2024-01-02T03:04:05+01:00').getHours('UTC')", "2")]
    public void String_of_a_timestamp_keeps_its_offset(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("[1, 2].all(x, x, x > 0)", "compile error: duplicate variable name: x")]
    [InlineData("{'a': 1}.exists(k, k, k == 'a')", "compile error: duplicate variable name: k")]
    [InlineData("[1].transformList(i, i, i)", "compile error: duplicate variable name: i")]
    [InlineData("{'a': 1}.transformMap(k, k, k)", "compile error: duplicate variable name: k")]
    [InlineData("[1].existsOne(i, i, true)", "compile error: duplicate variable name: i")]
    public void A_two_variable_macro_that_names_one_variable_twice_does_not_compile(string expression, string expected) =>
        ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('+25:00')", "error: ")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('Z')", "error: ")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('utc')", "error: ")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('+01:00')", "4")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('-01:30')", "1")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('UTC')", "3")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('')", "3")]
    [InlineData("timestamp('2024-01-02T03:04:05Z').getHours('Europe/Paris')", "4")]
    public void Time_zone_arguments_are_read_as_go_reads_them(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("timestamp('2024-01-02t03:04:05Z')")]
    [InlineData("timestamp('2024-01-02T03:04:05z')")]
    [InlineData("timestamp('2024-01-02 03:04:05Z')")]
    [InlineData("timestamp('2024-01-02T03:04:05')")]
    public void Timestamp_rejects_the_rfc3339_forms_go_rejects(string expression) =>
        Assert.IsType<Values.CelError>(ExpressionHarness.Evaluate(expression.Replace("timestamp('", "timestamp(object.s + '", StringComparison.Ordinal), new Dictionary<string, object?> { ["s"] = string.Empty }));

    [Theory]
    [InlineData("timestamp(object.s + '2024-01-02T03:04:05.1234567891Z') == timestamp('2024-01-02T03:04:05.123456789Z')", "true")]
    [InlineData("string(timestamp(object.s + '2024-01-02T03:04:05.120Z'))", "'2024-01-02T03:04:05.12Z'")]
    public void Timestamp_accepts_the_rfc3339_forms_go_accepts(string expression, string expected) =>
        ExpressionHarness.Check(expression, expected, new Dictionary<string, object?> { ["s"] = string.Empty });

    [Theory]
    [InlineData("[1.0, object.nan, 0.5].isSorted()", "true")]
    [InlineData("[object.nan, 1.0].min()", "object.nan", true)]
    [InlineData("[1.0, object.nan].min()", "1.0")]
    [InlineData("[1.0, object.nan].max()", "1.0")]
    [InlineData("math.greatest(1.0, object.nan)", "error: NaN values cannot be ordered")]
    [InlineData("math.greatest(object.nan, 1.0)", "error: NaN values cannot be ordered")]
    [InlineData("math.least([object.nan, 1.0])", "error: NaN values cannot be ordered")]
    [InlineData("math.least([1.0, object.nan])", "error: NaN values cannot be ordered")]
    [InlineData("[dyn(null), dyn(null)].isSorted()", "error: no such overload")]
    [InlineData("[dyn(null), dyn(1)].min()", "error: no such overload")]
    [InlineData("[dyn([1]), dyn([0])].max()", "error: no such overload")]
    [InlineData("[3.0, 1.0, object.nan, 0.5].sort().map(x, string(x))", "['1', '3', 'NaN', '0.5']")]
    [InlineData("[object.nan, 3.0, 1.0].sort().map(x, string(x))", "['NaN', '1', '3']")]
    public void Nan_null_and_lists_are_ordered_as_cel_go_orders_them(string expression, string expected, bool nanExpected = false)
    {
        var data = new Dictionary<string, object?> { ["nan"] = double.NaN };
        if (nanExpected)
        {
            Assert.True(ExpressionHarness.Evaluate(expression, data) is Values.CelDouble { Value: double.NaN });
            return;
        }

        ExpressionHarness.Check(expression, expected, data);
    }
}
