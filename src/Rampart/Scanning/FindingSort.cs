using System.Runtime.InteropServices;
using Rampart.Findings;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// Sorts a scan's findings into <see cref="FindingOrder"/> on several threads: the list is cut into parts that are
/// sorted at the same time, and the sorted parts are merged pairwise. The result is the one-thread sort's because no two
/// of a scan's findings compare equal: once <see cref="FingerprintCollisions"/> ran, no two share a path and a
/// fingerprint, and a waiver's problems differ by rule and by the waiver's line.
/// </summary>
internal static class FindingSort
{
    /// <summary>Below this many findings one thread sorts them all: a second would cost more than it saves.</summary>
    internal const int ParallelFrom = 8192;

    public static void Sort(List<Finding> findings, int parallelism)
    {
        var parts = Parts(findings.Count, parallelism);
        if (parts < 2)
        {
            findings.Sort(FindingOrder.Instance);
            return;
        }

        var items = findings.ToArray();
        var bounds = Enumerable.Range(0, parts + 1).Select(part => (int)((long)items.Length * part / parts)).ToArray();
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, part =>
            Array.Sort(items, bounds[part], bounds[part + 1] - bounds[part], FindingOrder.Instance));

        var merged = new Finding[items.Length];
        for (var width = 1; width < parts; width *= 2)
        {
            var step = width * 2;
            var (source, target) = (items, merged);
            Parallel.For(0, (parts + step - 1) / step, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, pair =>
            {
                var first = pair * step;
                var (start, middle, end) = (bounds[first], bounds[Math.Min(first + width, parts)], bounds[Math.Min(first + step, parts)]);
                Merge(source, start, middle, end, target);
            });
            (items, merged) = (merged, items);
        }

        items.AsSpan().CopyTo(CollectionsMarshal.AsSpan(findings));
    }

    /// <summary>How many parts to sort at once: a power of two no larger than <paramref name="parallelism"/>, each of at least <see cref="ParallelFrom"/> findings.</summary>
    internal static int Parts(int count, int parallelism)
    {
        var parts = 1;
        while (parts * 2 <= parallelism && count / (parts * 2) >= ParallelFrom)
        {
            parts *= 2;
        }

        return parts;
    }

    /// <summary>Merges the sorted runs [start, middle) and [middle, end) of <paramref name="source"/> into the same places of <paramref name="target"/>; of two equal findings the left run's comes first.</summary>
    private static void Merge(Finding[] source, int start, int middle, int end, Finding[] target)
    {
        var (left, right, at) = (start, middle, start);
        while (left < middle && right < end)
        {
            target[at++] = FindingOrder.Instance.Compare(source[left], source[right]) <= 0 ? source[left++] : source[right++];
        }

        Array.Copy(source, left, target, at, middle - left);
        at += middle - left;
        Array.Copy(source, right, target, at, end - right);
    }
}
