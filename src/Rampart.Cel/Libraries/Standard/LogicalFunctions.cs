using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>?:</c>, <c>==</c>, <c>!=</c>. The evaluator gives the
/// non-strict ones (and equality) their own nodes; the declarations here type them and serve calls by name.
/// </summary>
internal static class LogicalFunctions
{
    public static void Register(CelEnvironmentBuilder builder)
    {
        var boolean = CelType.Bool;
        builder
            .AddFunction(Operators.LogicalAnd, f => f.NonStrict("logical_and", [boolean, boolean], boolean, args => And(args[0], args[1])))
            .AddFunction(Operators.LogicalOr, f => f.NonStrict("logical_or", [boolean, boolean], boolean, args => Or(args[0], args[1])))
            .AddFunction(Operators.Conditional, f => f.NonStrict("conditional", [boolean, A, A], A, args => args[0] is CelBool b ? (b.Value ? args[1] : args[2]) : args[0]))
            .AddFunction(Operators.NotStrictlyFalse, f => f.NonStrict("not_strictly_false", [boolean], boolean, args => CelBool.Of(args[0] is not CelBool { Value: false })))
            .AddFunction(Operators.LogicalNot, f => f.Global("logical_not", boolean, boolean, a => CelBool.Of(!((CelBool)a).Value)))
            .AddFunction(Operators.Equal, f => f.Global("equals", A, A, boolean, (a, b) => CelBool.Of(a.CelEquals(b)), EqualityCost))
            .AddFunction(Operators.NotEquals, f => f.Global("not_equals", A, A, boolean, (a, b) => CelBool.Of(!a.CelEquals(b)), EqualityCost));
    }

    /// <summary>What the evaluator charges for <c>==</c>: a tenth of the elements and characters compared, at least 1.</summary>
    private static readonly CelCallCost EqualityCost = CelCallCost.Custom(
        args =>
        {
            var work = 0L;
            CelEquality.Equals(args[0], args[1], ref work);
            return CelEquality.Cost(work);
        },
        sizes => new CelCostEstimate(1, Math.Max(1, (ulong)Math.Ceiling(Math.Min(sizes[0].Max, sizes[1].Max) * 0.1))));

    private static CelValue And(CelValue a, CelValue b) => (a, b) switch
    {
        (CelBool { Value: false }, _) or (_, CelBool { Value: false }) => CelBool.False,
        (CelBool, CelBool) => CelBool.True,
        (CelError, _) => a,
        _ => b is CelError ? b : new CelError("no such overload: _&&_"),
    };

    private static CelValue Or(CelValue a, CelValue b) => (a, b) switch
    {
        (CelBool { Value: true }, _) or (_, CelBool { Value: true }) => CelBool.True,
        (CelBool, CelBool) => CelBool.False,
        (CelError, _) => a,
        _ => b is CelError ? b : new CelError("no such overload: _||_"),
    };
}
