using System.Numerics;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// An exact, immutable Kubernetes resource quantity: <c>Unscaled × 10^Exponent</c>. It keeps the API
/// server's two internal forms (a 64-bit fast form and an arbitrary-precision decimal form) because
/// <see cref="TryGetInt64"/> answers differently for them, exactly as <c>Quantity.AsInt64</c> does.
/// </summary>
public sealed class KubernetesQuantity : IComparable<KubernetesQuantity>, IEquatable<KubernetesQuantity>
{
    private KubernetesQuantity(BigInteger unscaled, int exponent, bool isDecimalForm, QuantityFormat format)
    {
        Unscaled = unscaled;
        Exponent = exponent;
        IsDecimalForm = isDecimalForm;
        Format = format;
    }

    /// <summary>The quantity zero, as <c>quantity("0")</c> parses.</summary>
    public static KubernetesQuantity Zero { get; } = new(BigInteger.Zero, 0, false, QuantityFormat.DecimalSI);

    /// <summary>The digits of the value without the decimal exponent.</summary>
    public BigInteger Unscaled { get; }

    /// <summary>The power of ten the unscaled digits are multiplied by.</summary>
    public int Exponent { get; }

    /// <summary>True when the value is held in the arbitrary-precision form.</summary>
    public bool IsDecimalForm { get; }

    /// <summary>The suffix family the value prints with.</summary>
    public QuantityFormat Format { get; }

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Unscaled.Sign;

    /// <summary>Parses a quantity, returning the value or the API server's error message.</summary>
    public static QuantityParseResult Parse(string text) => QuantityParser.Parse(text);

    /// <summary>An integer quantity, as <c>resource.NewQuantity(value, DecimalExponent)</c> makes it.</summary>
    public static KubernetesQuantity FromInteger(long value) => new(value, 0, false, QuantityFormat.DecimalExponent);

    internal static KubernetesQuantity FromInt64(long value, int exponent, QuantityFormat format) => new(value, exponent, false, format);

    internal static KubernetesQuantity FromDecimal(BigInteger unscaled, int exponent, QuantityFormat format) => new(unscaled, exponent, true, format);

    /// <summary>
    /// The value as a 64-bit integer when the fast form holds it without a fraction and without
    /// overflow; false otherwise (also for every value in the decimal form, as the API server does).
    /// </summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        if (IsDecimalForm || Exponent < 0)
        {
            return false;
        }

        var result = Unscaled * BigInteger.Pow(10, Math.Min(Exponent, 20));
        if (Exponent > 20 && !Unscaled.IsZero)
        {
            return false;
        }

        if (result < long.MinValue || result > long.MaxValue)
        {
            return false;
        }

        value = (long)result;
        return true;
    }

    /// <summary>The value as a double; it may lose precision and is infinite when out of range.</summary>
    public double ToApproximateDouble()
    {
        var baseValue = GoFloat.FromBigInteger(Unscaled);
        return Exponent == 0 ? baseValue : baseValue * GoFloat.Pow10(Exponent);
    }

    /// <summary>The sum; the result takes the other operand's format when this one is zero.</summary>
    public KubernetesQuantity Add(KubernetesQuantity other)
    {
        if (!IsDecimalForm && !other.IsDecimalForm)
        {
            var format = Unscaled.IsZero ? other.Format : Format;
            if (other.Unscaled.IsZero)
            {
                return new(Unscaled, Exponent, false, format);
            }

            if (Unscaled.IsZero)
            {
                return new(other.Unscaled, other.Exponent, false, format);
            }

            var scale = Math.Min(Exponent, other.Exponent);
            if (TryRescaleInt64(this, scale, out var left) && TryRescaleInt64(other, scale, out var right))
            {
                var sum = left + right;
                if (sum >= long.MinValue && sum <= long.MaxValue)
                {
                    return new(sum, scale, false, format);
                }
            }

            return DecimalSum(this, other, format);
        }

        return DecimalSum(this, other, Unscaled.IsZero ? other.Format : Format);
    }

    /// <summary>The difference; the result takes the other operand's format when this one is zero.</summary>
    public KubernetesQuantity Subtract(KubernetesQuantity other)
    {
        var negated = new KubernetesQuantity(-other.Unscaled, other.Exponent, other.IsDecimalForm || other.Unscaled == long.MinValue, other.Format);
        return Add(negated);
    }

    /// <inheritdoc />
    public int CompareTo(KubernetesQuantity? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Unscaled.Sign != other.Unscaled.Sign)
        {
            return Unscaled.Sign.CompareTo(other.Unscaled.Sign);
        }

        var scale = Math.Min(Exponent, other.Exponent);
        var left = Unscaled * BigInteger.Pow(10, Exponent - scale);
        var right = other.Unscaled * BigInteger.Pow(10, other.Exponent - scale);
        return left.CompareTo(right);
    }

    /// <summary>Numeric equality, whatever the format or internal form.</summary>
    public bool Equals(KubernetesQuantity? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KubernetesQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (Unscaled.IsZero)
        {
            return 0;
        }

        // Normalise trailing zeros so that equal values hash alike.
        var unscaled = Unscaled;
        var exponent = Exponent;
        while (!unscaled.IsZero && (unscaled % 10).IsZero)
        {
            unscaled /= 10;
            exponent++;
        }

        return HashCode.Combine(unscaled, exponent);
    }

    /// <summary>The canonical text the API server writes for this value (for example <c>1536Mi</c>).</summary>
    public override string ToString() => QuantityText.Canonical(this);

    private static KubernetesQuantity DecimalSum(KubernetesQuantity left, KubernetesQuantity right, QuantityFormat format)
    {
        var scale = Math.Min(left.Exponent, right.Exponent);
        var sum = (left.Unscaled * BigInteger.Pow(10, left.Exponent - scale)) + (right.Unscaled * BigInteger.Pow(10, right.Exponent - scale));
        return new(sum, scale, true, format);
    }

    private static bool TryRescaleInt64(KubernetesQuantity quantity, int scale, out BigInteger value)
    {
        var shift = quantity.Exponent - scale;
        value = quantity.Unscaled;
        if (shift == 0)
        {
            return true;
        }

        if (shift > 19)
        {
            return false;
        }

        value = quantity.Unscaled * BigInteger.Pow(10, shift);
        return value >= long.MinValue && value <= long.MaxValue;
    }

    public static bool operator ==(KubernetesQuantity? left, KubernetesQuantity? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(KubernetesQuantity? left, KubernetesQuantity? right) => !(left == right);

    public static bool operator <(KubernetesQuantity left, KubernetesQuantity right) => left.CompareTo(right) < 0;

    public static bool operator <=(KubernetesQuantity left, KubernetesQuantity right) => left.CompareTo(right) <= 0;

    public static bool operator >(KubernetesQuantity left, KubernetesQuantity right) => left.CompareTo(right) > 0;

    public static bool operator >=(KubernetesQuantity left, KubernetesQuantity right) => left.CompareTo(right) >= 0;
}
