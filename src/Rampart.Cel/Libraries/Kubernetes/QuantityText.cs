using System.Globalization;
using System.Numerics;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Writes a quantity in the API server's canonical form: no fractional digits, the largest suffix
/// that loses no precision, and binary SI only for whole values of 1024 or more.
/// </summary>
internal static class QuantityText
{
    private static readonly BigInteger Ten = 10;
    private static readonly BigInteger Kibi = 1024;

    public static string Canonical(KubernetesQuantity quantity)
    {
        if (quantity.Unscaled.IsZero)
        {
            return "0";
        }

        var format = quantity.Format;
        if (format == QuantityFormat.BinarySI)
        {
            var magnitude = quantity.CompareTo(KubernetesQuantity.FromInteger(1024)) < 0
                && quantity.CompareTo(KubernetesQuantity.FromInteger(-1024)) > 0;
            if (magnitude || !TryWholeValue(quantity, out var whole))
            {
                format = QuantityFormat.DecimalSI;
            }
            else
            {
                return Base1024(whole);
            }
        }

        return Base10(quantity.Unscaled, quantity.Exponent, format);
    }

    private static string Base1024(BigInteger whole)
    {
        var negative = whole.Sign < 0;
        var value = BigInteger.Abs(whole);
        var times = 0;
        while (times < 6 && value >= Kibi && (value % Kibi).IsZero)
        {
            value /= Kibi;
            times++;
        }

        var suffix = times switch
        {
            0 => string.Empty,
            1 => "Ki",
            2 => "Mi",
            3 => "Gi",
            4 => "Ti",
            5 => "Pi",
            _ => "Ei",
        };
        return (negative ? "-" : string.Empty) + value.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Base10(BigInteger unscaled, int exponent, QuantityFormat format)
    {
        var negative = unscaled.Sign < 0;
        var value = BigInteger.Abs(unscaled);
        while (value >= Ten && (value % Ten).IsZero)
        {
            value /= Ten;
            exponent++;
        }

        while (exponent % 3 != 0)
        {
            value *= Ten;
            exponent--;
        }

        var number = (negative ? "-" : string.Empty) + value.ToString(CultureInfo.InvariantCulture);
        if (format == QuantityFormat.DecimalSI)
        {
            if (exponent > 18)
            {
                format = QuantityFormat.DecimalExponent;
            }
            else
            {
                return number + DecimalSuffix(exponent);
            }
        }

        return exponent == 0 ? number : number + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static string DecimalSuffix(int exponent) => exponent switch
    {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        _ => string.Empty,
    };

    private static bool TryWholeValue(KubernetesQuantity quantity, out BigInteger whole)
    {
        if (quantity.Exponent >= 0)
        {
            whole = quantity.Unscaled * BigInteger.Pow(Ten, quantity.Exponent);
            return true;
        }

        whole = BigInteger.DivRem(quantity.Unscaled, BigInteger.Pow(Ten, -quantity.Exponent), out var remainder);
        return remainder.IsZero;
    }
}
