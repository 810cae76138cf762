using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// cel-go's lists extension (<c>cel.lib.ext.lists</c>): slice, flatten, distinct, reverse, sort and
/// lists.range, sortBy (a macro over <c>@sortByAssociatedKeys</c>), plus the optional-returning <c>first()</c> and <c>last()</c> of cel-go's optional library.
/// </summary>
internal sealed class ListsLibrary : ICelLibrary
{
    /// <summary>The largest list <c>lists.range</c> builds, as in cel-go.</summary>
    public const long MaxRangeSize = 10_000_000;

    public static ListsLibrary Instance { get; } = new();

    private static readonly CelType T = CelType.TypeParam("T");
    private static readonly CelType ListT = CelType.List(T);
    private static readonly CelCallCost PerElement = CelCallCost.PerSize(0, 1);
    private static readonly CelCallCost Quadratic = CelCallCost.Custom(
        args => (long)Math.Min(long.MaxValue / 2, 1 + QuadraticSize(CelCallCost.SizeOf(args[0]))),
        sizes => new CelCostEstimate(1 + QuadraticSize(sizes[0].Min), CelCostEstimate.SaturatingAdd(1, QuadraticSize(sizes[0].Max))));

    /// <summary>One unit per step of the walk, so that the cost follows the size of the result, not of the outer list.</summary>
    private static readonly CelCallCost FlattenCost = CelCallCost.Custom(
        args => 1 + ListOperations.FlattenSteps((CelList)args[0], args.Length > 1 ? ((CelInt)args[1]).Value : 1),
        sizes => new CelCostEstimate(1, ulong.MaxValue));

    public string Name => "cel.lib.ext.lists";

    public void Configure(CelEnvironmentBuilder builder)
    {
        builder
            .AddFunction("slice", f => f
                .Member("list_slice", [ListT, CelType.Int, CelType.Int], ListT, a => Slice((CelList)a[0], ((CelInt)a[1]).Value, ((CelInt)a[2]).Value), PerElement))
            .AddFunction("flatten", f => f
                .Member("list_flatten", CelType.List(ListT), ListT, list => ListOperations.Flatten((CelList)list, 1), FlattenCost)
                .Member("list_flatten_int", CelType.ListOfDyn, CelType.Int, CelType.ListOfDyn, (list, depth) => ListOperations.Flatten((CelList)list, ((CelInt)depth).Value), FlattenCost))
            .AddFunction("distinct", f => f
                .Member("list_distinct", ListT, ListT, list => ListOperations.Distinct((CelList)list), Quadratic))
            .AddFunction("reverse", f => f
                .Member("list_reverse", ListT, ListT, list => ListOperations.Reverse((CelList)list), PerElement))
            .AddFunction("lists.range", f => f
                .Global("lists_range", CelType.Int, CelType.List(CelType.Int), n => Range(((CelInt)n).Value),
                    CelCallCost.Custom(args => 1 + Math.Clamp(((CelInt)args[0]).Value, 0, MaxRangeSize), _ => new CelCostEstimate(1, 1 + (ulong)MaxRangeSize))))
            .AddFunction("first", f => f
                .Member("list_first", ListT, CelType.Optional(T), list => ((CelList)list).Count == 0 ? CelOptional.None : CelOptional.Of(((CelList)list)[0])))
            .AddFunction("last", f => f
                .Member("list_last", ListT, CelType.Optional(T), list => ((CelList)list) is { Count: > 0 } l ? CelOptional.Of(l[l.Count - 1]) : CelOptional.None));

        builder.AddFunction("sort", f =>
        {
            foreach (var type in ListOperations.ComparableTypes)
            {
                f.Member($"list_{type.Name}_sort", CelType.List(type), CelType.List(type), list => ListOperations.Sort((CelList)list, (CelList)list), Quadratic);
            }
        });
        builder.AddFunction(Parsing.MacroExpander.SortByAssociatedKeys, f =>
        {
            foreach (var type in ListOperations.ComparableTypes)
            {
                f.Member($"list_{type.Name}_sortByAssociatedKeys", ListT, CelType.List(type), ListT, (list, keys) => SortByKeys((CelList)list, (CelList)keys), Quadratic);
            }
        });
    }

    private static CelValue SortByKeys(CelList list, CelList keys) => list.Count == keys.Count
        ? ListOperations.Sort(list, keys)
        : new CelError($"@sortByAssociatedKeys() expected a list of the same size as the associated keys list, but got {list.Count} and {keys.Count} elements respectively");

    private static CelValue Slice(CelList list, long start, long end)
    {
        if (start < 0 || end < 0)
        {
            return new CelError($"cannot slice({start}, {end}), negative indexes not supported");
        }

        if (start > end)
        {
            return new CelError($"cannot slice({start}, {end}), start index must be less than or equal to end index");
        }

        if (list.Count < end)
        {
            return new CelError($"cannot slice({start}, {end}), list is length {list.Count}");
        }

        var items = new CelValue[end - start];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[(int)start + i];
        }

        return CelList.Wrap(items);
    }

    private static CelValue Range(long n)
    {
        if (n < 0)
        {
            return new CelError($"lists.range: size must be non-negative, got {n}");
        }

        if (n > MaxRangeSize)
        {
            return new CelError($"lists.range: size {n} exceeds maximum allowed ({MaxRangeSize})");
        }

        var items = new CelValue[n];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CelInt.Of(i);
        }

        return CelList.Wrap(items);
    }

    private static ulong QuadraticSize(ulong size) => CelCostEstimate.SaturatingMultiply(CelCostEstimate.SaturatingMultiply(size, size), 2);
}
