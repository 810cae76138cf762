using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes list library (<c>kubernetes.lists</c>): isSorted, sum, min, max, indexOf and
/// lastIndexOf on lists.
/// </summary>
internal sealed class KubernetesListsLibrary : ICelLibrary
{
    public static KubernetesListsLibrary Instance { get; } = new();

    private static readonly (string Name, CelType Type)[] Comparable =
    [
        ("int", CelType.Int), ("uint", CelType.UInt), ("double", CelType.Double), ("bool", CelType.Bool),
        ("duration", CelType.Duration), ("timestamp", CelType.Timestamp), ("string", CelType.String), ("bytes", CelType.Bytes),
    ];

    private static readonly (string Name, CelType Type, CelValue Zero)[] Summable =
    [
        ("int", CelType.Int, CelInt.Zero), ("uint", CelType.UInt, CelUInt.Of(0)), ("double", CelType.Double, CelDouble.Zero),
        ("duration", CelType.Duration, CelDuration.Zero),
    ];

    private static readonly CelType A = CelType.TypeParam("A");
    private static readonly CelCallCost PerElement = CelCallCost.PerSize(0, 1);

    public string Name => "kubernetes.lists";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddFunction("isSorted", f =>
        {
            foreach (var (name, type) in Comparable)
            {
                f.Member($"list_{name}_is_sorted_bool", CelType.List(type), CelType.Bool, list => ListAggregates.IsSorted((CelList)list), PerElement);
            }
        })
        .AddFunction("sum", f =>
        {
            foreach (var (name, type, zero) in Summable)
            {
                f.Member($"list_{name}_sum_{name}", CelType.List(type), type, list => ListAggregates.Sum((CelList)list, zero), PerElement);
            }
        })
        .AddFunction("min", f =>
        {
            foreach (var (name, type) in Comparable)
            {
                f.Member($"list_{name}_min_{name}", CelType.List(type), type, list => ListAggregates.Extremum((CelList)list, "min", -1), PerElement);
            }
        })
        .AddFunction("max", f =>
        {
            foreach (var (name, type) in Comparable)
            {
                f.Member($"list_{name}_max_{name}", CelType.List(type), type, list => ListAggregates.Extremum((CelList)list, "max", 1), PerElement);
            }
        })
        .AddFunction("indexOf", f => f.Member("list_a_index_of_int", CelType.List(A), A, CelType.Int, (list, item) => ListAggregates.IndexOf((CelList)list, item, last: false), PerElement))
        .AddFunction("lastIndexOf", f => f.Member("list_a_last_index_of_int", CelType.List(A), A, CelType.Int, (list, item) => ListAggregates.IndexOf((CelList)list, item, last: true), PerElement));
}
