using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>
/// What one call of an overload costs, in the units of the runtime cost limit (as Kubernetes counts them:
/// a plain call is 1; functions that walk a string or list cost in proportion to its size).
/// The same description gives the runtime cost and the static estimate.
/// </summary>
public sealed class CelCallCost
{
    private readonly CelRuntimeCost runtime;
    private readonly CelEstimatedCost estimate;

    private CelCallCost(CelRuntimeCost runtime, CelEstimatedCost estimate, long? fixedCost = null)
    {
        this.runtime = runtime;
        this.estimate = estimate;
        FixedCost = fixedCost;
    }

    /// <summary>The default: every call costs 1.</summary>
    public static CelCallCost Default { get; } = Fixed(1);

    /// <summary>The cost when it does not depend on the arguments, otherwise null.</summary>
    public long? FixedCost { get; }

    public static CelCallCost Fixed(long cost) =>
        new(_ => cost, _ => CelCostEstimate.Exactly((ulong)cost), cost);

    /// <summary>
    /// <paramref name="baseCost"/> plus <paramref name="factor"/> times the size of argument
    /// <paramref name="argument"/> (rounded up): e.g. a string search costs 1 + 0.1 per code point.
    /// </summary>
    public static CelCallCost PerSize(int argument, double factor, long baseCost = 1) => new(
        args => baseCost + ScaleRuntime(SizeOf(args[argument]), factor),
        sizes => new CelCostEstimate(
            CelCostEstimate.SaturatingAdd((ulong)baseCost, ScaleEstimate(sizes[argument].Min, factor)),
            CelCostEstimate.SaturatingAdd((ulong)baseCost, ScaleEstimate(sizes[argument].Max, factor))));

    /// <summary>
    /// A search of argument <paramref name="text"/> for argument <paramref name="pattern"/>, charged as cel-go and
    /// Kubernetes charge it: 1 plus a tenth of a unit per character of the text (plus <paramref name="textExtra"/>),
    /// rounded up, times <paramref name="patternFactor"/> per character of the pattern, rounded up. Each factor is
    /// rounded on its own, so a search of a short text costs what it costs there, not less.
    /// </summary>
    public static CelCallCost Search(int text, int pattern, double patternFactor, int textExtra = 0) => new(
        args => 1 + (long)Math.Min(long.MaxValue / 2, (double)ScaleEstimate(CelCostEstimate.SaturatingAdd(SizeOf(args[text]), (ulong)textExtra), 0.1) * ScaleEstimate(SizeOf(args[pattern]), patternFactor)),
        sizes => new CelCostEstimate(
            CelCostEstimate.SaturatingAdd(1, CelCostEstimate.SaturatingMultiply(ScaleEstimate(CelCostEstimate.SaturatingAdd(sizes[text].Min, (ulong)textExtra), 0.1), ScaleEstimate(sizes[pattern].Min, patternFactor))),
            CelCostEstimate.SaturatingAdd(1, CelCostEstimate.SaturatingMultiply(ScaleEstimate(CelCostEstimate.SaturatingAdd(sizes[text].Max, (ulong)textExtra), 0.1), ScaleEstimate(sizes[pattern].Max, patternFactor)))));

    /// <summary>Any other model: a runtime function and an estimate function.</summary>
    public static CelCallCost Custom(CelRuntimeCost runtime, CelEstimatedCost estimate) => new(runtime, estimate, null);

    /// <summary>
    /// The size CEL's cost model uses: bytes, elements or entries; 1 for anything else; for strings UTF-16 code
    /// units, which CEL's code point count never exceeds, so that sizing a string costs nothing.
    /// </summary>
    public static ulong SizeOf(CelValue value) => value switch
    {
        CelString s => (ulong)s.Value.Length,
        CelBytes b => (ulong)b.Length,
        CelList l => (ulong)l.Count,
        CelMap m => (ulong)m.Count,
        _ => 1,
    };

    /// <summary>
    /// The size of a value counted all the way down: elements and entries of nested lists and maps, characters
    /// of strings, bytes, 1 for anything else. Counting stops just past <paramref name="cap"/>, so a value built
    /// from shared sublists (which can unfold to far more than it holds) is measured in bounded time.
    /// </summary>
    internal static long DeepSize(CelValue value, long cap)
    {
        var size = 0L;
        var pending = new Stack<CelValue>();
        pending.Push(value);
        while (pending.Count > 0 && size <= cap)
        {
            switch (pending.Pop())
            {
                case CelList list:
                    size += list.Count;
                    for (var i = 0; i < list.Count && size <= cap; i++)
                    {
                        pending.Push(list[i]);
                    }

                    break;
                case CelMap map:
                    size += map.Count;
                    foreach (var key in map.Keys)
                    {
                        if (size > cap)
                        {
                            break;
                        }

                        pending.Push(key);
                        if (map.TryGetValue(key, out var entry))
                        {
                            pending.Push(entry);
                        }
                    }

                    break;
                case var other:
                    size += (long)Math.Max(1, SizeOf(other));
                    break;
            }
        }

        return Math.Min(size, cap + 1);
    }

    public long Runtime(ReadOnlySpan<CelValue> arguments) => FixedCost ?? runtime(arguments);

    public CelCostEstimate Estimate(ReadOnlySpan<CelSizeEstimate> argumentSizes) => estimate(argumentSizes);

    private static long ScaleRuntime(ulong size, double factor) => (long)Math.Min(long.MaxValue / 2, Math.Ceiling(size * factor));

    private static ulong ScaleEstimate(ulong size, double factor) =>
        size == ulong.MaxValue ? ulong.MaxValue : (ulong)Math.Min(ulong.MaxValue, Math.Ceiling(size * factor));
}
