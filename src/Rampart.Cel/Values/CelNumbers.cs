namespace Rampart.Cel.Values;

/// <summary>
/// Comparisons between int, uint and double, as CEL's heterogeneous numeric equality and ordering define
/// them (and cel-go implements them): a double beyond the integer type's range orders outside it; otherwise
/// the integer is converted to double and compared.
/// </summary>
public static class CelNumbers
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;

    public static int Compare(long a, ulong b) => a < 0 ? -1 : ((ulong)a).CompareTo(b);

    /// <summary>Null when <paramref name="b"/> is NaN.</summary>
    public static int? Compare(long a, double b)
    {
        if (double.IsNaN(b))
        {
            return null;
        }

        if (b < -TwoTo63)
        {
            return 1;
        }

        return b > TwoTo63 ? -1 : ((double)a).CompareTo(b);
    }

    /// <summary>Null when <paramref name="b"/> is NaN.</summary>
    public static int? Compare(ulong a, double b)
    {
        if (double.IsNaN(b))
        {
            return null;
        }

        if (b < 0)
        {
            return 1;
        }

        return b > TwoTo64 ? -1 : ((double)a).CompareTo(b);
    }

    /// <summary>
    /// A hash under which equal numbers of any of the three types collide: numbers that compare equal have
    /// the same double value, so all three hash through it.
    /// </summary>
    public static int Hash(long value) => Hash((double)value);

    public static int Hash(ulong value) => Hash((double)value);

    public static int Hash(double value) => value == 0 ? 0 : value.GetHashCode();
}
