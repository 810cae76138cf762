using System.Numerics;
using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class GoNumberFormatTests
{
    [Theory]
    [InlineData(1.2345, 3, "1.234")]
    [InlineData(2.71828, 6, "2.718280")]
    [InlineData(123.0, 0, "123")]
    [InlineData(3.5001, 0, "4")]
    [InlineData(3.4999, 0, "3")]
    [InlineData(1.5, 0, "2")]
    [InlineData(2.5, 0, "2")]
    [InlineData(0.5, 0, "0")]
    [InlineData(123.4999, 3, "123.500")]
    [InlineData(123.4994, 3, "123.499")]
    [InlineData(-123.4999, 3, "-123.500")]
    [InlineData(-1.2, 5, "-1.20000")]
    [InlineData(0.9996, 3, "1.000")]
    [InlineData(9.99, 1, "10.0")]
    [InlineData(1e-10, 3, "0.000")]
    [InlineData(1e21, 1, "1000000000000000000000.0")]
    [InlineData(-0.0, 2, "-0.00")]
    [InlineData(double.NaN, 2, "NaN")]
    [InlineData(double.NegativeInfinity, 2, "-Infinity")]
    public void Fixed_rounds_the_exact_binary_value_half_to_even(double value, int precision, string expected)
    {
        Assert.Equal(expected, GoNumberFormat.Fixed(value, precision));
    }

    [Theory]
    [InlineData(1052.032911275, 6, "1.052033e+03")]
    [InlineData(2.71828, 6, "2.718280e+00")]
    [InlineData(0.0, 6, "0.000000e+00")]
    [InlineData(1e-7, 2, "1.00e-07")]
    [InlineData(1e100, 1, "1.0e+100")]
    [InlineData(9.96, 1, "1.0e+01")]
    [InlineData(-2.0, 0, "-2e+00")]
    [InlineData(double.PositiveInfinity, 6, "Infinity")]
    public void Scientific_prints_one_digit_a_fraction_and_a_two_digit_exponent(double value, int precision, string expected)
    {
        Assert.Equal(expected, GoNumberFormat.Scientific(value, precision));
    }

    [Theory]
    [InlineData(3.14, "3.14")]
    [InlineData(2.71828, "2.71828")]
    [InlineData(100.0, "100")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1.5e-7, "0.00000015")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0")]
    [InlineData(56.8, "56.8")]
    public void Shortest_prints_round_trip_digits_without_exponent(double value, string expected)
    {
        Assert.Equal(expected, GoNumberFormat.Shortest(value));
    }

    [Theory]
    [InlineData(5, 2, false, "101")]
    [InlineData(11, 8, false, "13")]
    [InlineData(30, 16, false, "1e")]
    [InlineData(30, 16, true, "1E")]
    [InlineData(-255, 16, false, "-ff")]
    [InlineData(0, 2, false, "0")]
    public void Integer_prints_in_the_radix_with_a_sign(long value, int radix, bool upper, string expected)
    {
        Assert.Equal(expected, GoNumberFormat.Integer(new BigInteger(value), radix, upper));
    }
}
