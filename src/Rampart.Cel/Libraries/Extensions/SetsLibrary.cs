using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// cel-go's sets extension (<c>cel.lib.ext.sets</c>): sets.contains, sets.equivalent and sets.intersects
/// over lists, with CEL equality (so <c>1</c>, <c>1u</c> and <c>1.0</c> are the same element).
/// </summary>
internal sealed class SetsLibrary : ICelLibrary
{
    public static SetsLibrary Instance { get; } = new();

    private static readonly CelType ListT = CelType.List(CelType.TypeParam("T"));
    private static readonly CelCallCost Cost = CelCallCost.Custom(
        args => 1 + (long)Math.Min(long.MaxValue / 2, (double)CelCallCost.SizeOf(args[0]) * CelCallCost.SizeOf(args[1])),
        sizes => new CelCostEstimate(1, CelCostEstimate.SaturatingAdd(1, CelCostEstimate.SaturatingMultiply(sizes[0].Max, sizes[1].Max))));

    public string Name => "cel.lib.ext.sets";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddFunction("sets.contains", f => f
            .Global("list_sets_contains_list", ListT, ListT, CelType.Bool, (a, b) => Contains((CelList)a, (CelList)b), Cost))
        .AddFunction("sets.equivalent", f => f
            .Global("list_sets_equivalent_list", ListT, ListT, CelType.Bool, Equivalent, Cost))
        .AddFunction("sets.intersects", f => f
            .Global("list_sets_intersects_list", ListT, ListT, CelType.Bool, (a, b) => Intersects((CelList)a, (CelList)b), Cost));

    /// <summary>True when every element of <paramref name="subset"/> is in <paramref name="list"/>.</summary>
    private static CelValue Contains(CelList list, CelList subset)
    {
        var set = ToSet(list, out var error);
        if (error is not null)
        {
            return error;
        }

        for (var i = 0; i < subset.Count; i++)
        {
            var item = subset[i];
            if (item is CelError)
            {
                return item;
            }

            if (!set.Contains(item))
            {
                return CelBool.False;
            }
        }

        return CelBool.True;
    }

    private static CelValue Equivalent(CelValue a, CelValue b)
    {
        var forward = Contains((CelList)a, (CelList)b);
        return forward is CelBool { Value: true } ? Contains((CelList)b, (CelList)a) : forward;
    }

    private static CelValue Intersects(CelList a, CelList b)
    {
        var set = ToSet(a, out var error);
        if (error is not null)
        {
            return error;
        }

        for (var i = 0; i < b.Count; i++)
        {
            var item = b[i];
            if (item is CelError)
            {
                return item;
            }

            if (set.Contains(item))
            {
                return CelBool.True;
            }
        }

        return CelBool.False;
    }

    private static HashSet<CelValue> ToSet(CelList list, out CelValue? error)
    {
        error = null;
        var set = new HashSet<CelValue>(list.Count, CelValueComparer.Instance);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is CelError e)
            {
                error = e;
                return set;
            }

            set.Add(list[i]);
        }

        return set;
    }
}
