namespace Rampart.Cel.Values;

/// <summary>Exact comparisons between int, uint and double, as CEL's heterogeneous numeric equality and ordering need.</summary>
public static class CelNumbers
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;

    public static int Compare(long a, ulong b) => a < 0 ? -1 : ((ulong)a).CompareTo(b);

    /// <summary>Compares exactly (no rounding of large integers); null when <paramref name="b"/> is NaN.</summary>
    public static int? Compare(long a, double b)
    {
        if (double.IsNaN(b))
        {
            return null;
        }

        if (b >= TwoTo63)
        {
            return -1;
        }

        if (b < -TwoTo63)
        {
            return 1;
        }

        var whole = Math.Truncate(b);
        var c = a.CompareTo((long)whole);
        return c != 0 ? c : whole.CompareTo(b);
    }

    /// <summary>Compares exactly; null when <paramref name="b"/> is NaN.</summary>
    public static int? Compare(ulong a, double b)
    {
        if (double.IsNaN(b))
        {
            return null;
        }

        if (b >= TwoTo64)
        {
            return -1;
        }

        if (b < 0)
        {
            return 1;
        }

        var whole = Math.Truncate(b);
        var c = a.CompareTo((ulong)whole);
        return c != 0 ? c : whole.CompareTo(b);
    }

    /// <summary>A hash under which equal numbers of any of the three types collide.</summary>
    public static int Hash(long value) => value.GetHashCode();

    public static int Hash(ulong value) => value <= long.MaxValue ? ((long)value).GetHashCode() : value.GetHashCode();

    public static int Hash(double value)
    {
        if (Math.Truncate(value) == value)
        {
            if (value >= -TwoTo63 && value < TwoTo63)
            {
                return ((long)value).GetHashCode();
            }

            if (value >= 0 && value < TwoTo64)
            {
                return ((ulong)value).GetHashCode();
            }
        }

        return value.GetHashCode();
    }
}
