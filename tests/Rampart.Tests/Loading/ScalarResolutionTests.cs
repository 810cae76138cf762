using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Plain scalars resolve as Kubernetes (go-yaml v2, YAML 1.1) reads them.</summary>
public sealed class ScalarResolutionTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("YES", true)]
    [InlineData("y", true)]
    [InlineData("Y", true)]
    [InlineData("on", true)]
    [InlineData("On", true)]
    [InlineData("ON", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("NO", false)]
    [InlineData("n", false)]
    [InlineData("N", false)]
    [InlineData("off", false)]
    [InlineData("Off", false)]
    [InlineData("OFF", false)]
    public void Yaml_1_1_booleans_resolve_in_their_case_variants(string text, bool expected)
    {
        var value = Loaded.Value(text);

        Assert.Equal(ScalarKind.Bool, value.Kind);
        Assert.Equal(expected, value.Bool);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("yEs")]
    [InlineData("oN")]
    [InlineData("tRUE")]
    [InlineData("NaN")]
    [InlineData("nULL")]
    [InlineData("yes please")]
    public void Mixed_case_forms_stay_strings(string text)
    {
        Assert.Equal(ScalarKind.String, Loaded.Value(text).Kind);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    [InlineData("")]
    public void Null_forms_resolve_to_null(string text)
    {
        Assert.Equal(ScalarKind.Null, Loaded.Value(text).Kind);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("+42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("0644", 420L)]
    [InlineData("-0644", -420L)]
    [InlineData("0o17", 15L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X1f", 31L)]
    [InlineData("-0x1F", -31L)]
    [InlineData("0b101", 5L)]
    [InlineData("-0b101", -5L)]
    [InlineData("0b-101", -5L)]
    [InlineData("1_000", 1000L)]
    [InlineData("1__0_", 10L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integers_resolve_with_go_prefixes_and_underscores(string text, long expected)
    {
        var value = Loaded.Value(text);

        Assert.Equal(ScalarKind.Int, value.Kind);
        Assert.False(value.IsUnsigned);
        Assert.Equal(expected, value.Int);
    }

    [Fact]
    public void Integers_past_long_resolve_as_unsigned()
    {
        var value = Loaded.Value("18446744073709551615");

        Assert.Equal(ScalarKind.Int, value.Kind);
        Assert.True(value.IsUnsigned);
        Assert.Equal(ulong.MaxValue, value.UInt);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("-.5", -0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E-2", 0.01)]
    [InlineData("+2.5e+2", 250.0)]
    [InlineData("09", 9.0)]
    [InlineData("1_000.5", 1000.5)]
    [InlineData("18446744073709551616", 18446744073709551616.0)]
    [InlineData("1e-400", 0.0)]
    public void Floats_resolve_with_the_go_yaml_pattern(string text, double expected)
    {
        var value = Loaded.Value(text);

        Assert.Equal(ScalarKind.Float, value.Kind);
        Assert.Equal(expected, value.Float);
    }

    [Theory]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData(".Inf", double.PositiveInfinity)]
    [InlineData("+.INF", double.PositiveInfinity)]
    [InlineData("-.inf", double.NegativeInfinity)]
    [InlineData("-.Inf", double.NegativeInfinity)]
    public void Infinities_resolve_as_floats(string text, double expected)
    {
        var document = Assert.Single(Loaded.Documents($"v: {text}\n"));

        var value = document.Root.Map()["v"].Scalar();
        Assert.Equal(ScalarKind.Float, value.Kind);
        Assert.Equal(expected, value.Float);
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    [InlineData(".NaN")]
    public void Infinities_and_nan_are_reported_because_json_cannot_hold_them(string text)
    {
        var problem = Loaded.Problem($"spec:\n  ratio: {text}\n", LoadRules.NotJsonNumber);

        Assert.Equal((2, 10), problem.At());
        Assert.Contains($"`{text}` is a YAML float with no JSON form", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".NaN")]
    [InlineData(".NAN")]
    public void Nan_resolves_as_a_float(string text)
    {
        var value = Assert.Single(Loaded.Documents($"v: {text}\n")).Root.Map()["v"].Scalar();

        Assert.Equal(ScalarKind.Float, value.Kind);
        Assert.True(double.IsNaN(value.Float));
    }

    [Theory]
    [InlineData("1:20")]
    [InlineData("2001-12-14")]
    [InlineData("2001-12-14t21:59:43.10-05:00")]
    [InlineData("1e400")]
    [InlineData("1.2.3")]
    [InlineData("0x")]
    [InlineData("08x")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("._5")]
    [InlineData("1e")]
    [InlineData("inf")]
    [InlineData("<<x")]
    [InlineData("0o8")]
    [InlineData("v1.2")]
    public void Values_that_are_no_number_stay_strings(string text)
    {
        var value = Loaded.Value(text);

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("\"yes\"", ScalarStyle.DoubleQuoted)]
    [InlineData("'0644'", ScalarStyle.SingleQuoted)]
    [InlineData("|\n  12", ScalarStyle.Literal)]
    [InlineData(">\n  true", ScalarStyle.Folded)]
    public void Quoted_and_block_scalars_are_strings(string yaml, ScalarStyle style)
    {
        var value = Loaded.Value(yaml);

        Assert.Equal(ScalarKind.String, value.Kind);
        Assert.Equal(style, value.Style);
    }
}
