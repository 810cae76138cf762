using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>List algorithms shared by the lists and sets extensions. Iterative, so deep input cannot overflow the stack.</summary>
internal static class ListOperations
{
    /// <summary>The element types <c>sort</c> accepts.</summary>
    public static IReadOnlyList<CelType> ComparableTypes { get; } =
        [CelType.Int, CelType.UInt, CelType.Double, CelType.Bool, CelType.Duration, CelType.Timestamp, CelType.String, CelType.Bytes];

    /// <summary>
    /// The most steps (lists entered, elements taken) one <c>flatten</c> may take: as many as the largest list
    /// <c>lists.range</c> builds. Nested lists can share sublists, so a small value can unfold to a huge one.
    /// </summary>
    public const long MaxFlattenSteps = ListsLibrary.MaxRangeSize;

    /// <summary>The steps <see cref="Flatten"/> takes on these arguments, counted only up to just past <see cref="MaxFlattenSteps"/>.</summary>
    public static long FlattenSteps(CelList list, long depth) => Walk(list, depth, null);

    public static CelValue Flatten(CelList list, long depth)
    {
        if (depth < 0)
        {
            return new CelError("level must be non-negative");
        }

        var result = new List<CelValue>(list.Count);
        return Walk(list, depth, result) > MaxFlattenSteps
            ? new CelError($"flatten: the result would take more than {MaxFlattenSteps} steps to build")
            : CelList.Wrap([.. result]);
    }

    /// <summary>Walks the elements flatten yields, adding them to <paramref name="result"/> if given; returns the steps taken.</summary>
    private static long Walk(CelList list, long depth, List<CelValue>? result)
    {
        var steps = 0L;
        var stack = new Stack<(CelList List, int Index, long Depth)>();
        stack.Push((list, 0, depth));
        while (stack.Count > 0)
        {
            if (++steps > MaxFlattenSteps)
            {
                return steps;
            }

            var (current, index, remaining) = stack.Pop();
            if (index >= current.Count)
            {
                continue;
            }

            stack.Push((current, index + 1, remaining));
            var item = current[index];
            if (item is CelList nested && remaining > 0)
            {
                stack.Push((nested, 0, remaining - 1));
            }
            else
            {
                result?.Add(item);
            }
        }

        return steps;
    }

    /// <summary>The first occurrence of each distinct element (by CEL equality), in order.</summary>
    public static CelValue Distinct(CelList list)
    {
        var seen = new HashSet<CelValue>(CelValueComparer.Instance);
        var result = new List<CelValue>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item is CelError)
            {
                return item;
            }

            if (seen.Add(item))
            {
                result.Add(item);
            }
        }

        return result.Count == list.Count ? list : CelList.Wrap([.. result]);
    }

    public static CelValue Reverse(CelList list)
    {
        var items = new CelValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[items.Length - 1 - i];
        }

        return CelList.Wrap(items);
    }

    /// <summary>Orders <paramref name="list"/> by the keys at the same positions (stable); keys must share one comparable type.</summary>
    public static CelValue Sort(CelList list, CelList keys)
    {
        if (list.Count != keys.Count)
        {
            return new CelError($"@sortByAssociatedKeys() expected a list of the same size as the associated keys list, but got {list.Count} and {keys.Count} elements respectively");
        }

        if (list.Count == 0)
        {
            return list;
        }

        var first = keys[0];
        if (first is CelError)
        {
            return first;
        }

        if (!IsComparable(first))
        {
            return new CelError("list elements must be comparable");
        }

        var indices = new int[keys.Count];
        var hasNaN = false;
        for (var i = 0; i < indices.Length; i++)
        {
            var key = keys[i];
            if (key is CelError)
            {
                return key;
            }

            if (!string.Equals(key.Type.Name, first.Type.Name, StringComparison.Ordinal))
            {
                return new CelError("list elements must have the same type");
            }

            hasNaN |= key is CelDouble { Value: double.NaN };
            indices[i] = i;
        }

        var sorted = hasNaN ? InsertionSort(indices, keys) : indices.OrderBy(i => keys[i], Comparer<CelValue>.Create(Compare)).ToArray();
        var items = new CelValue[sorted.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[sorted[i]];
        }

        return CelList.Wrap(items);
    }

    /// <summary>
    /// Go's insertion sort, which its sort.Slice runs on short lists: a NaN is less than nothing and nothing is less
    /// than it, so it stays where the list put it, and the result is the one cel-go gives.
    /// </summary>
    private static int[] InsertionSort(int[] indices, CelList keys)
    {
        for (var i = 1; i < indices.Length; i++)
        {
            for (var j = i; j > 0 && Compare(keys[indices[j]], keys[indices[j - 1]]) < 0; j--)
            {
                (indices[j], indices[j - 1]) = (indices[j - 1], indices[j]);
            }
        }

        return indices;
    }

    private static bool IsComparable(CelValue value) =>
        value is CelInt or CelUInt or CelDouble or CelBool or CelDuration or CelTimestamp or CelString or CelBytes;

    private static int Compare(CelValue a, CelValue b) => CelComparison.TryCompare(a, b, out var order) ? order : 0;
}
