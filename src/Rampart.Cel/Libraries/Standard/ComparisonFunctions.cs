using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Standard;

/// <summary><c>&lt; &lt;= &gt; &gt;=</c> on the ordered types, and across int, uint and double.</summary>
internal static class ComparisonFunctions
{
    private static readonly (string Name, CelType Type)[] Ordered =
    [
        ("bool", CelType.Bool),
        ("int64", CelType.Int),
        ("uint64", CelType.UInt),
        ("double", CelType.Double),
        ("string", CelType.String),
        ("bytes", CelType.Bytes),
        ("timestamp", CelType.Timestamp),
        ("duration", CelType.Duration),
    ];

    private static readonly (string Name, CelType Type)[] Numeric = [("int64", CelType.Int), ("uint64", CelType.UInt), ("double", CelType.Double)];

    public static void Register(CelEnvironmentBuilder builder)
    {
        Declare(builder, Operators.Less, "less", order => order < 0);
        Declare(builder, Operators.LessEquals, "less_equals", order => order <= 0);
        Declare(builder, Operators.Greater, "greater", order => order > 0);
        Declare(builder, Operators.GreaterEquals, "greater_equals", order => order >= 0);
    }

    private static void Declare(CelEnvironmentBuilder builder, string function, string prefix, Func<int, bool> test)
    {
        CelValue Compare(CelValue a, CelValue b) =>
            CelComparison.TryCompare(a, b, out var order) ? CelBool.Of(test(order)) : CelBool.False;

        builder.AddFunction(function, f =>
        {
            foreach (var (name, type) in Ordered)
            {
                f.Global($"{prefix}_{name}", type, type, CelType.Bool, Compare, Cost(type));
            }

            foreach (var (leftName, left) in Numeric)
            {
                foreach (var (rightName, right) in Numeric)
                {
                    if (leftName != rightName)
                    {
                        f.Global($"{prefix}_{leftName}_{rightName}", left, right, CelType.Bool, Compare);
                    }
                }
            }
        });
    }

    /// <summary>Comparing strings or bytes walks them: 1 plus a tenth of the shorter size.</summary>
    private static CelCallCost? Cost(CelType type) =>
        type.Kind is CelTypeKind.String or CelTypeKind.Bytes
            ? CelCallCost.Custom(
                args => 1 + (long)Math.Ceiling(Math.Min(CelCallCost.SizeOf(args[0]), CelCallCost.SizeOf(args[1])) * 0.1),
                sizes => new CelCostEstimate(1, sizes[0].Max == ulong.MaxValue && sizes[1].Max == ulong.MaxValue ? ulong.MaxValue : 1 + (ulong)Math.Ceiling(Math.Min(sizes[0].Max, sizes[1].Max) * 0.1)))
            : null;
}
