using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The bodies of the Kubernetes list functions, with the API server's results for mixed and empty lists.</summary>
internal static class ListAggregates
{
    /// <summary>
    /// True unless some element is greater than the one after it. As in the API server, a pair without an order (a
    /// NaN, mixed types) is skipped, and an element of a type that has no order at all (null, a list) is an error.
    /// </summary>
    public static CelValue IsSorted(CelList list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is CelError error)
            {
                return error;
            }

            if (!IsOrdered(list[i]))
            {
                return NoSuchOverload();
            }

            if (i > 0 && CelComparison.TryCompare(list[i - 1], list[i], out var order) && order > 0)
            {
                return CelBool.False;
            }
        }

        return CelBool.True;
    }

    public static CelValue Sum(CelList list, CelValue zero)
    {
        CelValue total = zero;
        for (var i = 0; i < list.Count; i++)
        {
            total = i == 0 ? Check(list[0]) : Add(total, list[i]);
            if (total is CelError)
            {
                return total;
            }
        }

        return total;
    }

    /// <summary>The least (direction -1) or greatest (1) element; the first of equals; an error for an empty list.</summary>
    public static CelValue Extremum(CelList list, string name, int direction)
    {
        if (list.Count == 0)
        {
            return new CelError($"{name} called on empty list");
        }

        var best = list[0];
        if (!IsOrdered(best))
        {
            return best as CelError ?? NoSuchOverload();
        }

        for (var i = 1; i < list.Count; i++)
        {
            var item = list[i];
            if (item is CelError)
            {
                return item;
            }

            if (!IsOrdered(item))
            {
                return NoSuchOverload();
            }

            if (CelComparison.TryCompare(item, best, out var order) && order == direction)
            {
                best = item;
            }
        }

        return best;
    }

    public static CelValue IndexOf(CelList list, CelValue item, bool last)
    {
        for (var n = 0; n < list.Count; n++)
        {
            var i = last ? list.Count - 1 - n : n;
            if (list[i].CelEquals(item))
            {
                return CelInt.Of(i);
            }
        }

        return CelInt.Of(-1);
    }

    /// <summary>Whether values of this type have an order at all (cel-go's comparable types).</summary>
    internal static bool IsOrdered(CelValue value) =>
        value is CelInt or CelUInt or CelDouble or CelBool or CelString or CelBytes or CelTimestamp or CelDuration;

    private static CelError NoSuchOverload() => new("no such overload");

    private static CelValue Check(CelValue value) =>
        value is CelInt or CelUInt or CelDouble or CelDuration or CelError ? value : new CelError("no such overload");

    private static CelValue Add(CelValue total, CelValue item) => (total, item) switch
    {
        (_, CelError) => item,
        (CelInt a, CelInt b) => AddInt(a.Value, b.Value),
        (CelUInt a, CelUInt b) => a.Value > ulong.MaxValue - b.Value ? new CelError("unsigned integer overflow") : CelUInt.Of(a.Value + b.Value),
        (CelDouble a, CelDouble b) => CelDouble.Of(a.Value + b.Value),
        (CelDuration a, CelDuration b) => CelDuration.FromNanoseconds(a.TotalNanoseconds + b.TotalNanoseconds),
        _ => new CelError("no such overload"),
    };

    private static CelValue AddInt(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0 ? new CelError("integer overflow") : CelInt.Of(sum);
    }
}
