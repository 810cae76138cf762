using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Parity;

/// <summary>
/// The Kubernetes API server's CEL environment: what it rejects at compile time, the functions of its library
/// versions, and the choices it makes where cel-spec and cel-go disagree.
/// </summary>
public sealed class KubernetesEnvironmentTests
{
    [Theory]
    [InlineData("[1, dyn('a')]", "compile error: expected type 'int' but found 'dyn'")]
    [InlineData("[1, object.n]", "compile error: expected type 'int' but found 'dyn'")]
    [InlineData("{'a': 1, 'b': 'x'}", "compile error: expected type 'int' but found 'string'")]
    [InlineData("{1: 'a', 'b': 'c'}", "compile error: expected type 'int' but found 'string'")]
    [InlineData("[[1], ['a']]", "compile error: expected type 'list(int)' but found 'list(string)'")]
    [InlineData("[1, 2, 3].size()", "3")]
    [InlineData("[?optional.of(1), 2].size()", "2")]
    [InlineData("'%s %s'.format([1, 'a'])", "'1 a'")]
    [InlineData("'%s'.format([[1, 'a']])", "'[1, \"a\"]'")]
    public void Mixed_type_list_and_map_literals_do_not_compile(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("true ? 1 : int('x')", "compile error: invalid int argument")]
    [InlineData("false && string(b'\\xed\\xa0\\x80') == ''", "compile error: invalid string argument")]
    [InlineData("true || uint(-1) == 1u", "compile error: invalid uint argument")]
    [InlineData("true || duration(string(1)) == duration('1s')", "compile error: invalid duration argument")]
    [InlineData("true || timestamp('2024-13-01T00:00:00Z') == timestamp(0)", "compile error: invalid timestamp argument")]
    [InlineData("true || timestamp('2024-01-01t00:00:00Z') == timestamp(0)", "compile error: invalid timestamp argument")]
    [InlineData("true || quantity('1x').isInteger()", "compile error: invalid quantity argument")]
    [InlineData("true || ip('1.2.3').family() == 4", "compile error: invalid ip argument")]
    [InlineData("true || cidr('10.0.0.0/33').prefixLength() == 1", "compile error: invalid cidr argument")]
    [InlineData("true || url('../relative').getHost() == ''", "compile error: invalid url argument")]
    [InlineData("true || semver('1.0').major() == 1", "compile error: invalid semver argument")]
    [InlineData("true || 'a'.matches('[')", "compile error: ")]
    [InlineData("int('12') + int(duration('1ns'))", "13")]
    [InlineData("int(object.s)", "error: ")]
    public void Conversions_and_constructors_of_literals_are_checked_when_compiled(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected, new Dictionary<string, object?> { ["s"] = "x" });

    [Theory]
    [InlineData("quantity('1').sign()", "1")]
    [InlineData("quantity('-50k').sign()", "-1")]
    [InlineData("quantity('0').sign()", "0")]
    [InlineData("sign(quantity('1'))", "compile error: found no matching overload for 'sign'")]
    public void Sign_of_a_quantity_is_a_method(string expression, string expected) => KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("[3, 1, 2].sortBy(x, -x)", "[3, 2, 1]")]
    [InlineData("[{'n': 'b'}, {'n': 'a'}].sortBy(e, e.n)", "[{'n': 'a'}, {'n': 'b'}]")]
    [InlineData("['ccc', 'a', 'bb'].sortBy(s, s.size())", "['a', 'bb', 'ccc']")]
    [InlineData("[1, 2].sortBy(x, [x])", "compile error: ")]
    [InlineData("{'a': 1, 'b': 2}.transformMapEntry(k, v, {v: k})", "{1: 'a', 2: 'b'}")]
    [InlineData("{'a': 1, 'b': 2}.transformMapEntry(k, v, v > 1, {k + k: v})", "{'bb': 2}")]
    [InlineData("['x', 'y'].transformMapEntry(i, v, {v: i})", "{'x': 0, 'y': 1}")]
    [InlineData("{'a': 1, 'b': 1}.transformMapEntry(k, v, {v: k})", "error: already exists")]
    [InlineData("{'a': 1}.transformMapEntry(k, k, {k: k})", "compile error: duplicate variable name: k")]
    [InlineData("optional.unwrap([optional.of(1), optional.none(), optional.of(3)])", "[1, 3]")]
    [InlineData("[optional.of('a'), optional.none()].unwrapOpt()", "['a']")]
    public void Functions_of_current_kubernetes_are_available(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("'abc'.indexOf('c', 3)", "-1")]
    [InlineData("'abc'.indexOf('c', 10)", "-1")]
    [InlineData("'abc'.indexOf('', 10)", "10")]
    [InlineData("'abc'.lastIndexOf('a', 5)", "-1")]
    [InlineData("'abc'.lastIndexOf('a', 2)", "0")]
    [InlineData("'abc'.indexOf('c', -1)", "error: index out of range: -1")]
    public void IndexOf_with_an_offset_past_the_end_finds_nothing(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("'abc'.reverse()", "compile error: found no matching overload for 'reverse'")]
    [InlineData("[1, 2].reverse()", "[2, 1]")]
    [InlineData("'%e'.format([5])", "'%!e(int64=5)'")]
    [InlineData("'%e'.format([5u])", "'%!e(uint64=5)'")]
    [InlineData("'%e'.format([double('NaN')])", "'NaN'")]
    [InlineData("'%e'.format([-double('inf')])", "'-Infinity'")]
    [InlineData("'%e'.format([1234.5])", "'1.234500e+03'")]
    public void The_strings_library_is_the_version_kubernetes_pins(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("duration('1.5s').getMilliseconds()", "1500")]
    [InlineData("duration('-2.25s').getMilliseconds()", "-2250")]
    [InlineData("timestamp('2024-01-01T00:00:01.5Z').getMilliseconds()", "500")]
    [InlineData("{'a': 1, 'a': 2}['a']", "2")]
    [InlineData("{true: 1, false: 2, true: 3}.size()", "2")]
    [InlineData("has({1u: 1}.a)", "false")]
    [InlineData("{1u: 1}.a", "error: ")]
    public void Where_cel_spec_and_cel_go_disagree_the_engine_does_what_kubernetes_does(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("""{"n": 18446744073709551615}""", "double")]
    [InlineData("""{"n": 9223372036854775808}""", "double")]
    [InlineData("""{"n": 9223372036854775807}""", "int")]
    [InlineData("""{"n": -9223372036854775808}""", "int")]
    [InlineData("""{"n": 1.0}""", "double")]
    public void A_json_number_is_read_as_the_api_server_reads_it(string json, string type)
    {
        using var document = JsonDocument.Parse(json);

        var result = KubernetesEnvironmentHarness.Environment.Compile("type(object.n)").Program!
            .Evaluate(new CelActivation().Add("object", Rampart.Cel.Adapters.CelAdapter.FromJson(document.RootElement)));

        Assert.Equal(type, Assert.IsType<CelType>(result).Name);
    }
}
