using Rampart.Cel.Interop;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Interop;

public sealed class TypedJsonTests
{
    private static readonly CelEnvironment Kubernetes = CelEnvironment.CreateBuilder()
        .UseStandardLibrary().UseExtensionLibraries().UseKubernetesLibraries().Build();

    [Theory]
    [InlineData(1.5, "3ff8000000000000")]
    [InlineData(1.0, "3ff0000000000000")]
    [InlineData(0.1, "3fb999999999999a")]
    [InlineData(-2.0, "c000000000000000")]
    [InlineData(0.0, "0000000000000000")]
    [InlineData(-0.0, "8000000000000000")]
    [InlineData(double.Epsilon, "0000000000000001")]
    [InlineData(double.MaxValue, "7fefffffffffffff")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    public void Doubles_are_their_ieee_bits_in_lower_case_hex_or_a_name(double value, string expected) =>
        Assert.Equal($$"""{"t":"double","v":"{{expected}}"}""", TypedJson.ToJson(CelDouble.Of(value)));

    [Fact]
    public void Ints_and_uints_are_decimal_strings_over_their_whole_range()
    {
        Assert.Equal("""{"t":"int","v":"-9223372036854775808"}""", TypedJson.ToJson(CelInt.Of(long.MinValue)));
        Assert.Equal("""{"t":"int","v":"42"}""", TypedJson.ToJson(CelInt.Of(42)));
        Assert.Equal("""{"t":"uint","v":"18446744073709551615"}""", TypedJson.ToJson(CelUInt.Of(ulong.MaxValue)));
    }

    [Fact]
    public void Bools_strings_and_null_keep_their_json_form()
    {
        Assert.Equal("""{"t":"bool","v":true}""", TypedJson.ToJson(CelBool.True));
        Assert.Equal("""{"t":"string","v":"é \"q\""}""", TypedJson.ToJson(CelString.Of("é \"q\"")));
        Assert.Equal("""{"t":"null"}""", TypedJson.ToJson(CelNull.Instance));
    }

    [Fact]
    public void Bytes_are_base64() =>
        Assert.Equal("""{"t":"bytes","v":"AP9h"}""", TypedJson.ToJson(CelBytes.Wrap([0x00, 0xff, 0x61])));

    [Theory]
    [InlineData("duration('1.5s')", "1500000000")]
    [InlineData("duration('-1ns')", "-1")]
    [InlineData("duration('2562047h')", "9223369200000000000")]
    public void Durations_are_counts_of_nanoseconds(string expression, string expected) =>
        Assert.Equal($$"""{"t":"google.protobuf.Duration","v":"{{expected}}"}""", TypedJson.ToJson(Evaluate(expression)));

    [Theory]
    [InlineData("timestamp('1970-01-01T00:00:01.5Z')", "1.500000000")]
    [InlineData("timestamp('2009-02-13T23:31:30Z')", "1234567890.000000000")]
    [InlineData("timestamp('1969-12-31T23:59:59.25Z')", "-1.250000000")]
    [InlineData("timestamp('0001-01-01T00:00:00.000000001Z')", "-62135596800.000000001")]
    public void Timestamps_are_floor_seconds_and_nine_digits_of_nanoseconds(string expression, string expected) =>
        Assert.Equal($$"""{"t":"google.protobuf.Timestamp","v":"{{expected}}"}""", TypedJson.ToJson(Evaluate(expression)));

    [Fact]
    public void Lists_are_arrays_of_typed_values()
    {
        var list = CelList.Of(CelInt.Of(1), CelString.Of("a"), CelList.Empty);

        Assert.Equal("""{"t":"list","v":[{"t":"int","v":"1"},{"t":"string","v":"a"},{"t":"list","v":[]}]}""", TypedJson.ToJson(list));
    }

    [Fact]
    public void Maps_are_arrays_of_typed_key_value_pairs()
    {
        var map = Evaluate("{1u: 'one', 2u: null}");

        Assert.Equal(
            """{"t":"map","v":[[{"t":"uint","v":"1"},{"t":"string","v":"one"}],[{"t":"uint","v":"2"},{"t":"null"}]]}""",
            TypedJson.ToJson(map));
    }

    [Fact]
    public void Optionals_carry_a_value_only_when_they_have_one()
    {
        Assert.Equal("""{"t":"optional"}""", TypedJson.ToJson(CelOptional.None));
        Assert.Equal("""{"t":"optional","v":{"t":"double","v":"4000000000000000"}}""", TypedJson.ToJson(CelOptional.Of(CelDouble.Of(2.0))));
    }

    [Theory]
    [InlineData("int", "int")]
    [InlineData("type(1u)", "uint")]
    [InlineData("type([1])", "list")]
    [InlineData("type({'a': 1})", "map")]
    [InlineData("type(null)", "null_type")]
    [InlineData("type(type)", "type")]
    [InlineData("google.protobuf.Timestamp", "google.protobuf.Timestamp")]
    [InlineData("type(quantity('1'))", "kubernetes.Quantity")]
    public void Types_are_their_name(string expression, string expected) =>
        Assert.Equal($$"""{"t":"type","v":"{{expected}}"}""", TypedJson.ToJson(Evaluate(expression)));

    [Theory]
    [InlineData("quantity('1.5Gi')", """{"t":"kubernetes.Quantity","v":"1536Mi"}""")]
    [InlineData("quantity('100m')", """{"t":"kubernetes.Quantity","v":"100m"}""")]
    [InlineData("semver('1.2.3-rc.1')", """{"t":"kubernetes.Semver","v":"1.2.3-rc.1"}""")]
    [InlineData("url('https://example.com:8443/a?b=c')", """{"t":"kubernetes.URL","v":"https://example.com:8443/a?b=c"}""")]
    [InlineData("ip('2001:DB8::68')", """{"t":"net.IP","v":"2001:db8::68"}""")]
    [InlineData("cidr('10.0.0.0/8')", """{"t":"net.CIDR","v":"10.0.0.0/8"}""")]
    public void Kubernetes_types_are_their_string_form(string expression, string expected) =>
        Assert.Equal(expected, TypedJson.ToJson(Evaluate(expression)));

    private static CelValue Evaluate(string expression)
    {
        var compiled = Kubernetes.Compile(expression);
        Assert.True(compiled.Success, $"'{expression}' did not compile: {compiled}");
        var value = compiled.Program!.Evaluate(new CelActivation());
        Assert.IsNotType<CelError>(value);
        return value;
    }
}
