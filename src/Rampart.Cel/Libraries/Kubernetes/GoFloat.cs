using System.Globalization;
using System.Numerics;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Floating-point helpers that round exactly as Go's <c>math.Pow10</c> and big-integer conversion do,
/// so that approximate values match the API server bit for bit.
/// </summary>
internal static class GoFloat
{
    private static readonly double[] Small = Table(0, 31, 1);
    private static readonly double[] Positive32 = Table(0, 288, 32);
    private static readonly double[] Negative32 = Table(0, -320, -32);

    /// <summary>10^n computed from the same tables and in the same order as Go's math.Pow10.</summary>
    public static double Pow10(int n)
    {
        if (n is >= 0 and <= 308)
        {
            return Positive32[n / 32] * Small[n % 32];
        }

        if (n is >= -323 and < 0)
        {
            return Negative32[-n / 32] / Small[-n % 32];
        }

        return n > 0 ? double.PositiveInfinity : 0;
    }

    /// <summary>The nearest double to an integer (round half to even), like big.Float.SetInt(..).Float64().</summary>
    public static double FromBigInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        return double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static double[] Table(int from, int to, int step)
    {
        var count = ((to - from) / step) + 1;
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            var exponent = from + (i * step);
            result[i] = double.Parse("1e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return result;
    }
}
