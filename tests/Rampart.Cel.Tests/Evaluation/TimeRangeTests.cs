using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Evaluation;

/// <summary>
/// Durations and timestamps at and past the edges of their ranges: every way of getting there (a large number, a
/// large unit, a sum, arithmetic with a timestamp) is an error value saying so, never an escaped exception.
/// </summary>
public sealed class TimeRangeTests
{
    [Theory]
    [InlineData("99999999999999999999h")]
    [InlineData("18446744073709551616ns")]
    [InlineData("99999999999999999999999999999999999999999999ns")]
    [InlineData("9223372036854775808ns")]
    [InlineData("2562048h")]
    [InlineData("2562047h47m16.854775808s")]
    [InlineData("2562047h2562047h")]
    [InlineData("1.5h9223372036854775807ns")]
    [InlineData("-9223372036854775809ns")]
    public void A_duration_past_the_range_of_64_bit_nanoseconds_is_an_out_of_range_error(string text)
    {
        var error = Assert.IsType<CelError>(Evaluate("duration(x)", text));

        Assert.StartsWith("duration out of range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9223372036854775807ns", "9223372036.854775807s")]
    [InlineData("-9223372036854775808ns", "-9223372036.854775808s")]
    [InlineData("2562047h47m16.854775807s", "9223372036.854775807s")]
    [InlineData("000000000000000000000000000001h", "3600s")]
    [InlineData("1.000000000000000000000000000001s", "1s")]
    [InlineData("0.0000000001s", "0s")]
    public void A_duration_at_the_edge_or_with_many_digits_is_read_as_go_reads_it(string text, string expected)
    {
        Assert.Equal(expected, Evaluate("string(duration(x))", text).ToString());
    }

    [Theory]
    [InlineData("duration(x) + duration(x)", "duration out of range")]
    [InlineData("duration('-9223372036854775808ns') - duration(x)", "duration out of range")]
    [InlineData("timestamp('9999-12-31T23:59:59.999999999Z') + duration('1ns')", "timestamp out of range")]
    [InlineData("duration('1ns') + timestamp('9999-12-31T23:59:59.999999999Z')", "timestamp out of range")]
    [InlineData("timestamp('0001-01-01T00:00:00Z') - duration('1ns')", "timestamp out of range")]
    [InlineData("timestamp('0001-01-01T00:00:00Z') + duration('-9223372036854775808ns')", "timestamp out of range")]
    [InlineData("timestamp('9999-12-31T23:59:59Z') - timestamp('0001-01-01T00:00:00Z')", "duration out of range")]
    [InlineData("timestamp(9223372036854775807)", "timestamp out of range")]
    [InlineData("timestamp(-9223372036854775808)", "timestamp out of range")]
    public void Arithmetic_past_the_edges_is_an_out_of_range_error(string source, string message)
    {
        var error = Assert.IsType<CelError>(Evaluate(source, "9223372036854775807ns"));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("timestamp('9999-12-31T23:59:59.999999999Z') - duration('1ns')", "9999-12-31T23:59:59.999999998Z")]
    [InlineData("timestamp('0001-01-01T00:00:00Z') + duration('1ns')", "0001-01-01T00:00:00.000000001Z")]
    [InlineData("timestamp('9999-12-31T23:59:59Z') + duration('-9223372036854775808ns')", "9707-09-22T00:12:42.145224192Z")]
    public void Arithmetic_up_to_the_edges_is_exact(string source, string expected)
    {
        Assert.Equal(expected, Evaluate(source).ToString());
    }
}
