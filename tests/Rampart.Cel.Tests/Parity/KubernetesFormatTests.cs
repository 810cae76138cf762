using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Parity;

/// <summary>
/// <c>%s</c> of the strings extension version Kubernetes pins (2). That version's formatter prints a value on its
/// own as its <c>string()</c> conversion, and the elements of lists and the keys and values of maps as CEL
/// literals: strings in Go's <c>%q</c> quoting, bytes as <c>b</c> and the quoted text, doubles with Go's
/// <c>%.6f</c> (NaN and the infinities, which <c>%.6f</c> prints <c>NaN</c>, <c>+Inf</c>, <c>-Inf</c>, in quotes),
/// timestamps and durations as <c>timestamp("…")</c> and <c>duration("…")</c>, ints, uints, bools, null and types
/// as their text; map entries as <c>key:value</c> (no space) joined by <c>", "</c>, sorted by the key's printed
/// text (a stable sort on Go strings); a map key other than a string, bool, int or uint has no formatting function.
/// </summary>
public sealed class KubernetesFormatTests
{
    [Theory]
    [InlineData("'%s'.format([['a', 'b']])", "'[\"a\", \"b\"]'")]
    [InlineData("'%s'.format([[r'a\"b']])", "r'[\"a\\\"b\"]'")]
    [InlineData("'%s'.format([[1.5, 2.0]])", "'[1.500000, 2.000000]'")]
    [InlineData("'%s'.format([[0.1234567]])", "'[0.123457]'")]
    [InlineData("'%s'.format([[double('nan'), double('inf'), -double('inf')]])", "'[\"NaN\", \"+Inf\", \"-Inf\"]'")]
    [InlineData("'%s'.format([[b'ab']])", "'[b\"ab\"]'")]
    [InlineData("'%s'.format([[duration('1m')]])", "'[duration(\"60s\")]'")]
    [InlineData("'%s'.format([[timestamp(0)]])", "'[timestamp(\"1970-01-01T00:00:00Z\")]'")]
    [InlineData("'%s'.format([[1u, 2u]])", "'[1, 2]'")]
    [InlineData("'%s'.format([[null]])", "'[null]'")]
    [InlineData("'%s'.format([[int]])", "'[int]'")]
    [InlineData("'%s'.format([[['x'], ['y']]])", "'[[\"x\"], [\"y\"]]'")]
    public void List_elements_print_as_cel_literals(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("'%s'.format([{'b': 'y', 'a': 'x'}])", "'{\"a\":\"x\", \"b\":\"y\"}'")]
    [InlineData("'%s'.format([{10: 1.0, 9: 2.0}])", "'{10:1.000000, 9:2.000000}'")]
    [InlineData("'%s'.format([{true: [1u]}])", "'{true:[1]}'")]
    [InlineData("'%s'.format([[{'k': ['v']}]])", "'[{\"k\":[\"v\"]}]'")]
    [InlineData("'%s'.format([{1.5: 'x'}])", "error: no formatting function for map key of type double")]
    public void Map_entries_are_key_colon_value_sorted_by_the_printed_key(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("'%s'.format(['a'])", "'a'")]
    [InlineData("'%s'.format([1.5])", "'1.5'")]
    [InlineData("'%s'.format([1e100])", "'1e+100'")]
    [InlineData("'%s'.format([b'ab'])", "'ab'")]
    [InlineData("'%s'.format([duration('90s')])", "'90s'")]
    [InlineData("'%s'.format([timestamp(0)])", "'1970-01-01T00:00:00Z'")]
    [InlineData("'%s'.format([null])", "'null'")]
    [InlineData("'%s'.format([int])", "'int'")]
    [InlineData("'%s'.format([b'\\xff'])", "error: could not convert argument")]
    public void A_value_on_its_own_prints_as_its_string_conversion(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("'%s'.format([['a', 'b']])", "[a, b]")]
    [InlineData("'%s'.format([[1.5]])", "[1.5]")]
    public void Outside_the_Kubernetes_environment_the_current_formatter_prints_unquoted(string expression, string expected)
    {
        var environment = CelEnvironment.CreateBuilder().UseStandardLibrary().UseStrings().Build();

        var result = environment.Compile(expression).Program!.Evaluate();

        Assert.Equal(expected, Assert.IsType<CelString>(result).Value);
    }
}
