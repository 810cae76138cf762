using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// cel-go's math extension (<c>cel.lib.ext.math</c>): greatest and least over mixed numbers or a list,
/// rounding, abs, sign, the IEEE predicates, bit operations and sqrt.
/// </summary>
internal sealed class MathLibrary : ICelLibrary
{
    /// <summary>The most arguments <c>math.greatest</c> and <c>math.least</c> take (a list takes any number).</summary>
    public const int MaxArguments = 32;

    public static MathLibrary Instance { get; } = new();

    private static readonly CelType I = CelType.Int;
    private static readonly CelType U = CelType.UInt;
    private static readonly CelType D = CelType.Double;
    private static readonly CelType[] Numbers = [I, U, D];

    /// <summary>A list argument is walked: one unit per element, as the Kubernetes list aggregates cost.</summary>
    private static readonly CelCallCost PerElement = CelCallCost.PerSize(0, 1);

    public string Name => "cel.lib.ext.math";

    public void Configure(CelEnvironmentBuilder builder)
    {
        AddExtremum(builder, "math.greatest", "greatest", 1);
        AddExtremum(builder, "math.least", "least", -1);
        builder
            .AddFunction("math.ceil", f => f.Global("math_ceil_double", D, D, x => CelDouble.Of(Math.Ceiling(Dbl(x)))))
            .AddFunction("math.floor", f => f.Global("math_floor_double", D, D, x => CelDouble.Of(Math.Floor(Dbl(x)))))
            .AddFunction("math.round", f => f.Global("math_round_double", D, D, x => CelDouble.Of(Math.Round(Dbl(x), MidpointRounding.AwayFromZero))))
            .AddFunction("math.trunc", f => f.Global("math_trunc_double", D, D, x => CelDouble.Of(Math.Truncate(Dbl(x)))))
            .AddFunction("math.isInf", f => f.Global("math_isInf_double", D, CelType.Bool, x => CelBool.Of(double.IsInfinity(Dbl(x)))))
            .AddFunction("math.isNaN", f => f.Global("math_isNaN_double", D, CelType.Bool, x => CelBool.Of(double.IsNaN(Dbl(x)))))
            .AddFunction("math.isFinite", f => f.Global("math_isFinite_double", D, CelType.Bool, x => CelBool.Of(double.IsFinite(Dbl(x)))))
            .AddFunction("math.abs", f => f
                .Global("math_abs_int", I, I, x => ((CelInt)x).Value == long.MinValue ? new CelError("integer overflow") : CelInt.Of(Math.Abs(((CelInt)x).Value)))
                .Global("math_abs_uint", U, U, x => x)
                .Global("math_abs_double", D, D, x => CelDouble.Of(Math.Abs(Dbl(x)))))
            .AddFunction("math.sign", f => f
                .Global("math_sign_int", I, I, x => CelInt.Of(Math.Sign(((CelInt)x).Value)))
                .Global("math_sign_uint", U, U, x => CelUInt.Of(((CelUInt)x).Value == 0 ? 0UL : 1UL))
                .Global("math_sign_double", D, D, x => Dbl(x) switch { < 0 => CelDouble.Of(-1), > 0 => CelDouble.Of(1), _ => x }))
            .AddFunction("math.sqrt", f => f
                .Global("math_sqrt_int", I, D, x => CelDouble.Of(Math.Sqrt(((CelInt)x).Value)))
                .Global("math_sqrt_uint", U, D, x => CelDouble.Of(Math.Sqrt(((CelUInt)x).Value)))
                .Global("math_sqrt_double", D, D, x => CelDouble.Of(Math.Sqrt(Dbl(x)))))
            .AddFunction("math.bitAnd", f => f
                .Global("math_bitAnd_int_int", I, I, I, (a, b) => CelInt.Of(Long(a) & Long(b)))
                .Global("math_bitAnd_uint_uint", U, U, U, (a, b) => CelUInt.Of(ULong(a) & ULong(b))))
            .AddFunction("math.bitOr", f => f
                .Global("math_bitOr_int_int", I, I, I, (a, b) => CelInt.Of(Long(a) | Long(b)))
                .Global("math_bitOr_uint_uint", U, U, U, (a, b) => CelUInt.Of(ULong(a) | ULong(b))))
            .AddFunction("math.bitXor", f => f
                .Global("math_bitXor_int_int", I, I, I, (a, b) => CelInt.Of(Long(a) ^ Long(b)))
                .Global("math_bitXor_uint_uint", U, U, U, (a, b) => CelUInt.Of(ULong(a) ^ ULong(b))))
            .AddFunction("math.bitNot", f => f
                .Global("math_bitNot_int_int", I, I, a => CelInt.Of(~Long(a)))
                .Global("math_bitNot_uint_uint", U, U, a => CelUInt.Of(~ULong(a))))
            .AddFunction("math.bitShiftLeft", f => f
                .Global("math_bitShiftLeft_int_int", I, I, I, (a, n) => Shift("math.bitShiftLeft", n, s => CelInt.Of(s >= 64 ? 0 : Long(a) << s)))
                .Global("math_bitShiftLeft_uint_int", U, I, U, (a, n) => Shift("math.bitShiftLeft", n, s => CelUInt.Of(s >= 64 ? 0 : ULong(a) << s))))
            .AddFunction("math.bitShiftRight", f => f
                .Global("math_bitShiftRight_int_int", I, I, I, (a, n) => Shift("math.bitShiftRight", n, s => CelInt.Of(s >= 64 ? 0 : (long)((ulong)Long(a) >> s))))
                .Global("math_bitShiftRight_uint_int", U, I, U, (a, n) => Shift("math.bitShiftRight", n, s => CelUInt.Of(s >= 64 ? 0 : ULong(a) >> s))));
    }

    private static void AddExtremum(CelEnvironmentBuilder builder, string function, string idStem, int direction) => builder.AddFunction(function, f =>
    {
        foreach (var type in Numbers)
        {
            f.Global($"math_{idStem}_{type.Name}", type, type, x => x);
            f.Global($"math_{idStem}_list_{type.Name}", CelType.List(type), type, list => OfList(function, (CelList)list, direction), PerElement);
        }

        f.Global($"math_{idStem}_list_dyn", CelType.ListOfDyn, CelType.Dyn, list => OfList(function, (CelList)list, direction), PerElement);
        foreach (var first in Numbers)
        {
            foreach (var second in Numbers)
            {
                var result = first == second ? first : CelType.Dyn;
                f.Global($"math_{idStem}_{first.Name}_{second.Name}", first, second, result, (a, b) => Pick(a, b, direction));
            }
        }

        for (var arity = 3; arity <= MaxArguments; arity++)
        {
            var parameters = Enumerable.Repeat(CelType.Dyn, arity).ToArray();
            f.Global($"math_{idStem}_dyn_{arity}", parameters, CelType.Dyn, args => OfSpan(args, direction), prepare: constants => CheckLiterals(function, constants));
        }
    });

    private static CelPreparation CheckLiterals(string function, IReadOnlyList<CelValue?> constants)
    {
        foreach (var constant in constants)
        {
            if (constant is not null && !IsNumber(constant))
            {
                return CelPreparation.Fail($"{function}() simple literal arguments must be numeric");
            }
        }

        return CelPreparation.Unchanged;
    }

    private static CelValue OfList(string function, CelList list, int direction)
    {
        if (list.Count == 0)
        {
            return new CelError($"{function}(list) argument must not be empty");
        }

        var items = new CelValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[i];
        }

        return OfSpan(items, direction);
    }

    private static CelValue OfSpan(ReadOnlySpan<CelValue> values, int direction)
    {
        var best = values[0];
        if (!IsNumber(best))
        {
            return best as CelError ?? new CelError("no such overload");
        }

        for (var i = 1; i < values.Length; i++)
        {
            if (!IsNumber(values[i]))
            {
                return values[i] as CelError ?? new CelError("no such overload");
            }

            best = Pick(best, values[i], direction);
            if (best is CelError)
            {
                return best;
            }
        }

        return best;
    }

    /// <summary>
    /// The first value unless the second is strictly greater (direction 1) or less (-1); a NaN on either side is an
    /// error, as cel-go's pairwise comparison reports it whatever the argument order.
    /// </summary>
    private static CelValue Pick(CelValue current, CelValue candidate, int direction)
    {
        if (current is CelDouble { Value: double.NaN } || candidate is CelDouble { Value: double.NaN })
        {
            return new CelError("NaN values cannot be ordered");
        }

        return CelComparison.TryCompare(candidate, current, out var order) && order == direction ? candidate : current;
    }

    private static bool IsNumber(CelValue value) => value is CelInt or CelUInt or CelDouble;

    private static CelValue Shift(string function, CelValue amount, Func<int, CelValue> shift)
    {
        var bits = ((CelInt)amount).Value;
        return bits < 0 ? new CelError($"{function}() negative offset: {bits}") : shift((int)Math.Min(bits, 64));
    }

    private static double Dbl(CelValue value) => ((CelDouble)value).Value;

    private static long Long(CelValue value) => ((CelInt)value).Value;

    private static ulong ULong(CelValue value) => ((CelUInt)value).Value;
}
