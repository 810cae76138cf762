using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// Optional values: <c>optional.of</c>, <c>optional.none</c>, <c>optional.ofNonZeroValue</c>, <c>hasValue</c>,
/// <c>value</c>, <c>or</c>, <c>orValue</c> (the parser expands <c>optMap</c> and <c>optFlatMap</c>).
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
            .AddFunction("orValue", f => f.Member("optional_orValue_value", optionalA, A, A, (x, y) => ((CelOptional)x).HasValue ? ((CelOptional)x).Value : y));
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
