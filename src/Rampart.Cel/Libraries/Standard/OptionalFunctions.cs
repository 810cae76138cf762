using Rampart.Cel.Functions;
using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// Optional values: <c>optional.of</c>, <c>optional.none</c>, <c>optional.ofNonZeroValue</c>, <c>hasValue</c>,
/// <c>value</c>, <c>or</c>, <c>orValue</c>, <c>optional.unwrap</c> and <c>unwrapOpt</c> (the parser expands <c>optMap</c> and <c>optFlatMap</c>).
/// </summary>
internal static class OptionalFunctions
{
    public static void Register(CelEnvironmentBuilder builder)
    {
        var optionalA = CelType.Optional(A);
        builder
            .AddType(CelType.OptionalOfDyn)
            .AddFunction("optional.of", f => f.Global("optional_of", A, optionalA, CelOptional.Of))
            .AddFunction("optional.none", f => f.Global("optional_none", [], optionalA, _ => CelOptional.None))
            .AddFunction("optional.ofNonZeroValue", f => f.Global("optional_ofNonZeroValue", A, optionalA, x => IsZero(x) ? CelOptional.None : CelOptional.Of(x)))
            .AddFunction("hasValue", f => f.Member("optional_hasValue", optionalA, CelType.Bool, x => CelBool.Of(((CelOptional)x).HasValue)))
            .AddFunction("value", f => f.Member("optional_value", optionalA, A, x => ((CelOptional)x).Value))
            .AddFunction("or", f => f.Member("optional_or_optional", optionalA, optionalA, optionalA, (x, y) => ((CelOptional)x).HasValue ? x : y))
            .AddFunction("orValue", f => f.Member("optional_orValue_value", optionalA, A, A, (x, y) => ((CelOptional)x).HasValue ? ((CelOptional)x).Value : y))
            .AddFunction("optional.unwrap", f => f.Global("optional_unwrap", CelType.List(optionalA), CelType.List(A), Unwrap, CelCallCost.PerSize(0, 1)))
            .AddFunction("unwrapOpt", f => f.Member("optional_unwrapOpt", CelType.List(optionalA), CelType.List(A), Unwrap, CelCallCost.PerSize(0, 1)));
    }

    /// <summary>The values of the present optionals of a list, in order (<c>optional.unwrap</c>, <c>unwrapOpt</c>).</summary>
    private static CelValue Unwrap(CelValue list)
    {
        var source = (CelList)list;
        var items = new List<CelValue>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            var item = source[i];
            switch (item)
            {
                case CelOptional { HasValue: true } present:
                    items.Add(present.Value);
                    break;
                case CelOptional:
                    break;
                default:
                    return new CelError($"optional.unwrap: expected a list of optionals, found {item.Type.Name}");
            }
        }

        return CelList.Wrap([.. items]);
    }

    /// <summary>The zero value of its type: 0, 0u, 0.0, false, '', b'', [], {}, null, the zero duration or timestamp, none.</summary>
    internal static bool IsZero(CelValue value) => value switch
    {
        CelNull => true,
        CelBool b => !b.Value,
        CelInt i => i.Value == 0,
        CelUInt u => u.Value == 0,
        CelDouble d => d.Value == 0,
        CelString s => s.Value.Length == 0,
        CelBytes b => b.Length == 0,
        CelList l => l.Count == 0,
        CelMap m => m.Count == 0,
        CelDuration d => d.TotalNanoseconds == 0,
        CelTimestamp t => t.Seconds == 0 && t.Nanos == 0,
        CelOptional o => !o.HasValue,
        _ => false,
    };
}
