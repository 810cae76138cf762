using System.Globalization;
using System.Numerics;
using Rampart.Cel.Libraries.Kubernetes.Syntax;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Parses Kubernetes quantities (<c>resource.ParseQuantity</c>), read with <see cref="QuantitySyntax"/>. Values are exact; digits beyond nano are rounded up away from zero and
/// binary SI values are capped at 2^63-1, as the API server does.
/// </summary>
internal static class QuantityParser
{
    /// <summary>Error text for input that does not have the shape of a quantity.</summary>
    public const string FormatWrong =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    /// <summary>Error text for a numeric part that cannot be read.</summary>
    public const string Numeric = "unable to parse numeric part of quantity";

    /// <summary>Error text for an unknown suffix.</summary>
    public const string Suffix = "unable to parse quantity's suffix";

    /// <summary>Hostile-input bound: quantities longer than this are rejected.</summary>
    public const int MaxLength = 4096;

    /// <summary>Hostile-input bound: values of 10^MaxDigits or more are rejected.</summary>
    public const int MaxDigits = 1024;

    public static QuantityParseResult Parse(string text)
    {
        if (text.Length == 0)
        {
            return Fail(FormatWrong);
        }

        if (text.Length > MaxLength)
        {
            return Fail($"quantity is longer than {MaxLength} characters");
        }

        if (text == "0")
        {
            return new(KubernetesQuantity.Zero, null);
        }

        return QuantitySyntax.Read(text, out var parts) switch
        {
            QuantityShape.Malformed => Fail(FormatWrong),
            QuantityShape.UnknownSuffix => Fail(Suffix),
            _ => TryFastPath(parts) is { } fast ? new(fast, null) : SlowPath(parts),
        };
    }

    private static QuantityParseResult Fail(string message) => new(null, message);

    private static KubernetesQuantity? TryFastPath(in QuantityParts parts)
    {
        var (exponent, format) = (parts.Exponent, parts.Format);
        long mantissa = 1;
        int precision;
        long scale = 0;
        if (format == QuantityFormat.BinarySI)
        {
            if (exponent < 0 || parts.Denominator.Length != 0)
            {
                return null;
            }

            mantissa <<= exponent;
            precision = 15 - parts.Numerator.Length - (int)(exponent * 3f / 10f) - 1;
        }
        else
        {
            scale = exponent;
            precision = 18 - (parts.Numerator.Length + parts.Denominator.Length);
        }

        if (precision < 0)
        {
            return null;
        }

        scale -= parts.Denominator.Length;
        if (scale < -9 || scale > MaxDigits)
        {
            return null;
        }

        var shifted = long.Parse(parts.Numerator + parts.Denominator, NumberStyles.None, CultureInfo.InvariantCulture);
        var product = (BigInteger)shifted * mantissa;
        if (product > long.MaxValue)
        {
            return null;
        }

        var value = parts.Positive ? (long)product : -(long)product;
        return KubernetesQuantity.FromInt64(value, (int)scale, format);
    }

    private static QuantityParseResult SlowPath(in QuantityParts parts)
    {
        var (numberBase, exponent, format) = (parts.NumberBase, parts.Exponent, parts.Format);
        if (!TryParseDecimal(parts.Number, out var unscaled, out var fractionDigits))
        {
            return Fail(Numeric);
        }

        long scale = -fractionDigits;
        if (numberBase == 10)
        {
            scale += exponent;
        }
        else
        {
            unscaled <<= exponent;
        }

        var negative = unscaled.Sign < 0;
        var magnitude = BigInteger.Abs(unscaled);
        if (!magnitude.IsZero)
        {
            if (DigitCount(magnitude) + scale > MaxDigits)
            {
                return Fail($"quantity is {MaxDigits} or more digits long");
            }

            magnitude = RoundUpToNano(magnitude, scale);
            scale = -9;
        }

        if (format == QuantityFormat.BinarySI)
        {
            var max = new BigInteger(long.MaxValue) * BigInteger.Pow(10, 9);
            if (magnitude > max)
            {
                magnitude = long.MaxValue;
                scale = 0;
            }
            else if (!magnitude.IsZero && magnitude < BigInteger.Pow(10, 9))
            {
                format = QuantityFormat.DecimalSI;
            }
        }

        return new(KubernetesQuantity.FromDecimal(negative ? -magnitude : magnitude, (int)scale, format), null);
    }

    /// <summary>Rescales |value| * 10^scale to nano units, rounding up what does not fit.</summary>
    private static BigInteger RoundUpToNano(BigInteger magnitude, long scale)
    {
        if (scale >= -9)
        {
            return magnitude * BigInteger.Pow(10, (int)(scale + 9));
        }

        var drop = -9 - scale;
        if (drop > DigitCount(magnitude))
        {
            return BigInteger.One;
        }

        var divisor = BigInteger.Pow(10, (int)drop);
        var quotient = BigInteger.DivRem(magnitude, divisor, out var remainder);
        return remainder.IsZero ? quotient : quotient + 1;
    }

    internal static int DigitCount(BigInteger magnitude) =>
        magnitude.IsZero ? 1 : magnitude.ToString(CultureInfo.InvariantCulture).TrimStart('-').Length;

    private static bool TryParseDecimal(string text, out BigInteger unscaled, out int fractionDigits)
    {
        unscaled = BigInteger.Zero;
        fractionDigits = 0;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var whole = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : span[(dot + 1)..];
        if (whole.Length + fraction.Length == 0)
        {
            return false;
        }

        var digits = string.Concat(whole, fraction);
        unscaled = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        fractionDigits = fraction.Length;
        if (negative)
        {
            unscaled = -unscaled;
        }

        return true;
    }
}
