using System.Runtime.CompilerServices;

namespace Rampart.Cel.Values;

/// <summary>
/// CEL equality of lists and maps, element by element, counting the work done on the way: one unit per
/// list element or map entry visited, the shorter length for strings and bytes, one for anything else.
/// <c>==</c> is charged for that work, so comparing large or deeply nested values inside a loop cannot
/// run far past the cost limit. The walk stops once the work passes a budget (the result is then
/// meaningless, and the caller fails on the cost), since lists built from shared sublists can unfold to
/// far more elements than they hold.
/// </summary>
internal static class CelEquality
{
    /// <summary>What <c>==</c> costs for <paramref name="work"/>: a tenth of a unit per unit of work, at least 1.</summary>
    public static long Cost(long work) => Math.Max(1, (work + 9) / 10);

    /// <summary>The work that <paramref name="remainingCost"/> pays for, and a little more, so that passing it aborts.</summary>
    public static long WorkBudget(long remainingCost) => remainingCost >= long.MaxValue / 10 ? long.MaxValue : (remainingCost * 10) + 10;

    public static bool Equals(CelValue a, CelValue b, ref long work, long budget = long.MaxValue)
    {
        switch (a)
        {
            case CelList list:
                return b is CelList otherList && ListEquals(list, otherList, ref work, budget);
            case CelMap map:
                return b is CelMap otherMap && MapEquals(map, otherMap, ref work, budget);
            case CelOptional { HasValue: true } optional:
                work++;
                return b is CelOptional { HasValue: true } otherOptional && Equals(optional.Value, otherOptional.Value, ref work, budget);
            case CelString text:
                work += b is CelString otherText ? Math.Max(1, Math.Min(text.Value.Length, otherText.Value.Length)) : 1;
                return a.CelEquals(b);
            case CelBytes bytes:
                work += b is CelBytes otherBytes ? Math.Max(1, Math.Min(bytes.Length, otherBytes.Length)) : 1;
                return a.CelEquals(b);
            default:
                work++;
                return a.CelEquals(b);
        }
    }

    private static bool ListEquals(CelList x, CelList y, ref long work, long budget)
    {
        // A host's adapter can present a cycle; fail with an exception the evaluator reports, not a stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        work++;
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (work > budget || !Equals(x[i], y[i], ref work, budget))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapEquals(CelMap x, CelMap y, ref long work, long budget)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        work++;
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var key in x.Keys)
        {
            if (++work > budget || !x.TryGetValue(key, out var mine) || !y.TryGetValue(key, out var theirs) || !Equals(mine, theirs, ref work, budget))
            {
                return false;
            }
        }

        return true;
    }
}
