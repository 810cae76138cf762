using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class KubernetesQuantityTests
{
    private static KubernetesQuantity Q(string text)
    {
        var result = KubernetesQuantity.Parse(text);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    [Theory]
    [InlineData("1.5", "1500m")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("-1.5Gi", "-1536Mi")]
    [InlineData("0.1m", "100u")]
    [InlineData("12e6", "12e6")]
    [InlineData("1e3", "1e3")]
    [InlineData("100Mi", "100Mi")]
    [InlineData("1024", "1024")]
    [InlineData("1024Ki", "1Mi")]
    [InlineData("1000m", "1")]
    [InlineData("0.5Ki", "512")]
    [InlineData("1.1Ki", "1126400m")]
    [InlineData("200k", "200k")]
    [InlineData("0.2G", "200M")]
    [InlineData("+5", "5")]
    [InlineData("007", "7")]
    [InlineData("1n", "1n")]
    [InlineData("0.0000000001", "1n")]
    [InlineData("-0.0000000001", "-1n")]
    [InlineData("8Ei", "9223372036854775807")]
    [InlineData("0", "0")]
    [InlineData("00", "0")]
    [InlineData("-0", "0")]
    [InlineData("+.0", "0")]
    [InlineData("0.Ki", "0")]
    [InlineData("1.", "1")]
    [InlineData(".5", "500m")]
    public void Quantity_prints_in_the_canonical_form_of_the_api_server(string text, string canonical)
    {
        Assert.Equal(canonical, Q(text).ToString());
    }

    [Theory]
    [InlineData("", QuantityParser.FormatWrong)]
    [InlineData("10Mo", QuantityParser.FormatWrong)]
    [InlineData("Three", QuantityParser.FormatWrong)]
    [InlineData("1,3G", QuantityParser.FormatWrong)]
    [InlineData("1.2.3", QuantityParser.FormatWrong)]
    [InlineData("10Mm", QuantityParser.Suffix)]
    [InlineData("200K", QuantityParser.Suffix)]
    [InlineData("1e", QuantityParser.Suffix)]
    [InlineData("1ee5", QuantityParser.Suffix)]
    [InlineData("1e+", QuantityParser.Suffix)]
    public void Malformed_quantity_is_rejected_with_the_api_server_message(string text, string message)
    {
        var result = KubernetesQuantity.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(message, result.Error);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("+.")]
    [InlineData("-.")]
    [InlineData("e3")]
    [InlineData("E-3")]
    [InlineData("Ki")]
    [InlineData("Mi")]
    [InlineData("m")]
    [InlineData(".Ki")]
    [InlineData("-e3")]
    public void A_quantity_without_a_digit_is_rejected_as_the_grammar_says(string text)
    {
        // <number> ::= <digits> | <digits>.<digits> | <digits>. | .<digits>: at least one digit, before or after the point.
        var result = KubernetesQuantity.Parse(text);

        Assert.False(result.Success, $"'{text}' was read as {result.Value}");
        Assert.Equal(QuantityParser.FormatWrong, result.Error);
    }

    [Fact]
    public void Error_messages_are_those_of_apimachinery()
    {
        Assert.Equal("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", QuantityParser.FormatWrong);
        Assert.Equal("unable to parse quantity's suffix", QuantityParser.Suffix);
    }

    [Fact]
    public void Hostile_magnitude_is_rejected_instead_of_expanded()
    {
        Assert.False(KubernetesQuantity.Parse("1e999999999").Success);
        Assert.False(KubernetesQuantity.Parse(new string('9', 5000)).Success);
        Assert.Equal("1e-9", Q("1e-999999999").ToString());
    }

    [Theory]
    [InlineData("200M", "0.2G", 0)]
    [InlineData("50M", "50Mi", -1)]
    [InlineData("50Mi", "50M", 1)]
    [InlineData("150Mi", "100Mi", 1)]
    [InlineData("2M", "0.002G", 0)]
    [InlineData("2000k", "2M", 0)]
    [InlineData("-1", "1n", -1)]
    [InlineData("1e100", "1e99", 1)]
    public void Quantities_compare_by_exact_value(string left, string right, int expected)
    {
        Assert.Equal(expected, Q(left).CompareTo(Q(right)));
        Assert.Equal(expected == 0, Q(left).Equals(Q(right)));
    }

    [Theory]
    [InlineData("50k", "20", "50.02k")]
    [InlineData("50k", "-100k", "-50k")]
    [InlineData("9223372036854775807", "1", "9223372036854775808")]
    [InlineData("0", "1Ki", "1Ki")]
    public void Sum_is_exact(string left, string right, string expected)
    {
        Assert.Equal(Q(expected), Q(left).Add(Q(right)));
    }

    [Fact]
    public void Sum_with_zero_takes_the_other_format()
    {
        Assert.Equal("1Ki", Q("0").Add(Q("1Ki")).ToString());
        Assert.Equal("-1Ki", Q("0").Subtract(Q("1Ki")).ToString());
    }

    [Fact]
    public void Difference_chain_matches_the_kubernetes_examples()
    {
        var result = Q("50k").Add(KubernetesQuantity.FromInteger(20)).Subtract(Q("100k")).Subtract(KubernetesQuantity.FromInteger(-50000));
        Assert.True(result.TryGetInt64(out var value));
        Assert.Equal(20, value);
        Assert.Equal(Q("49.98k"), Q("50k").Subtract(Q("20")));
    }

    [Theory]
    [InlineData("50k", true, 50000)]
    [InlineData("50", true, 50)]
    [InlineData("1Ti", true, 1099511627776)]
    [InlineData("-7", true, -7)]
    [InlineData("1.0", false, 0)]
    [InlineData("1500m", false, 0)]
    [InlineData("1Pi", false, 0)]
    [InlineData("1.5Gi", false, 0)]
    [InlineData("9999999999999999999999999999999999999G", false, 0)]
    [InlineData("1e30", false, 0)]
    public void Integer_conversion_follows_the_api_servers_fast_form(string text, bool expected, long value)
    {
        Assert.Equal(expected, Q(text).TryGetInt64(out var actual));
        Assert.Equal(value, actual);
    }

    [Theory]
    [InlineData("50.703k", 50703.0)]
    [InlineData("1.1", 1.1000000000000001)]
    [InlineData("1Ki", 1024.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Approximate_double_is_unscaled_times_power_of_ten(string text, double expected)
    {
        Assert.Equal(expected, Q(text).ToApproximateDouble());
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-1m", -1)]
    [InlineData("0Gi", 0)]
    public void Sign_reports_the_sign(string text, int expected)
    {
        Assert.Equal(expected, Q(text).Sign);
    }
}
