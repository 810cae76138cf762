using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Parity;

/// <summary>
/// Map keys in the Kubernetes environment, as cel-go handles them there. The facts used: cel-go's checker joins the
/// key types of a map literal without restricting them, and Kubernetes' homogeneous-literal check rejects keys of
/// different static types (<c>dyn</c> keys pass); at runtime the literal is a Go map keyed by the CEL value, so
/// keys of different types are different entries and bytes (a Go slice) cannot be a key; a lookup tries the key
/// itself, then a double as an exact int and then uint, an int as a uint, a uint as an int.
/// </summary>
public sealed class KubernetesMapKeyTests
{
    [Theory]
    [InlineData("{1: 1, 1u: 2}", "compile error: expected type 'int' but found 'uint'")]
    [InlineData("{0: 1, 0u: 2}", "compile error: expected type 'int' but found 'uint'")]
    [InlineData("{1: 'a', 2.0: 'b'}", "compile error: expected type 'int' but found 'double'")]
    public void Keys_of_different_static_types_do_not_compile(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("{dyn(0): 1, dyn(0u): 2}.size()", "2")]
    [InlineData("{dyn(0): 1, dyn(0u): 2}[0]", "1")]
    [InlineData("{dyn(0): 1, dyn(0u): 2}[0u]", "2")]
    [InlineData("{dyn(0): 1, dyn(0u): 2}[0.0]", "1")]
    [InlineData("{dyn(1): 'i', dyn(1.0): 'd'}.size()", "2")]
    [InlineData("{dyn(1): 'i', dyn(1.0): 'd'}[1.0]", "'d'")]
    [InlineData("{dyn(0): 1, dyn(0): 2}", "{0: 2}")]
    [InlineData("{dyn(1): 'a', dyn(1u): 'b'} == {dyn(1u): 'b', dyn(1): 'a'}", "true")]
    public void Dyn_keys_equal_as_numbers_but_of_different_types_are_different_entries(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("{1.0: 'a', 2.5: 'b'}[2.5]", "'b'")]
    [InlineData("{1.0: 'a'}[1.0]", "'a'")]
    [InlineData("{1.0: 'a'}[dyn(1)]", "error: no such key")]
    [InlineData("1.0 in {1.0: 'a'}", "true")]
    [InlineData("{null: false}[null]", "false")]
    [InlineData("null in {null: 1}", "true")]
    [InlineData("{duration('1s'): 1}[duration('1s')]", "1")]
    [InlineData("{timestamp(0): 'epoch'}[timestamp(0)]", "'epoch'")]
    [InlineData("{int: 'type'}[int]", "'type'")]
    public void Double_null_and_other_scalar_keys_are_accepted(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("{1u: 'a'}[1]", "compile error: no matching overload")]
    [InlineData("{1u: 'a'}[dyn(1)]", "'a'")]
    [InlineData("{1: 'a'}[dyn(1u)]", "'a'")]
    [InlineData("{1u: 'a'}[dyn(1.0)]", "'a'")]
    [InlineData("{-1: 'a'}[dyn(-1.0)]", "'a'")]
    [InlineData("{1: 'a'}[dyn(1.5)]", "error: no such key")]
    [InlineData("{-1: 'a'}[dyn(18446744073709551615u)]", "error: no such key")]
    public void A_lookup_finds_the_exact_number_of_another_numeric_type(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Theory]
    [InlineData("{b'a': 1}", "error: unsupported key type")]
    [InlineData("{[1]: 'a'}.size()", "1")]
    [InlineData("{[1]: 'a'}[[1]]", "error: no such key")]
    [InlineData("[1] in {[1]: 'a'}", "false")]
    public void Bytes_are_no_key_and_lists_are_keys_only_by_identity(string expression, string expected) =>
        KubernetesEnvironmentHarness.Check(expression, expected);

    [Fact]
    public void An_optional_entry_without_a_value_removes_the_key_entered_before_it() =>
        KubernetesEnvironmentHarness.Check("{'a': 1, 'b': 2, ?'a': optional.none()}", "{'b': 2}");

    [Fact]
    public void Outside_the_Kubernetes_environment_a_double_key_is_still_a_compile_error()
    {
        var compiled = CelEnvironment.CreateBuilder().UseStandardLibrary().Build().Compile("{1.0: 'a'}");

        Assert.False(compiled.Success);
        Assert.Contains("unsupported map key type", compiled.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_the_Kubernetes_environment_numerically_equal_keys_are_one_key()
    {
        var result = CelEnvironment.CreateBuilder().UseStandardLibrary().Build().Compile("{dyn(0): 1, dyn(0u): 2}").Program!.Evaluate();

        var map = Assert.IsAssignableFrom<CelMap>(result);
        Assert.Equal(1, map.Count);
    }
}
