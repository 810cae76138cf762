using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>Arithmetic with CEL's rules: integer overflow, division by zero and out-of-range times are errors.</summary>
internal static class ArithmeticFunctions
{
    private const string Overflow = "return error for overflow";

    public static void Register(CelEnvironmentBuilder builder)
    {
        CelType i = CelType.Int, u = CelType.UInt, d = CelType.Double, s = CelType.String, b = CelType.Bytes;
        CelType ts = CelType.Timestamp, du = CelType.Duration;
        builder.AddFunction(Operators.Add, f => f
            .Global("add_int64", i, i, i, (x, y) => AddInt(((CelInt)x).Value, ((CelInt)y).Value))
            .Global("add_uint64", u, u, u, (x, y) => AddUInt(((CelUInt)x).Value, ((CelUInt)y).Value))
            .Global("add_double", d, d, d, (x, y) => CelDouble.Of(((CelDouble)x).Value + ((CelDouble)y).Value))
            .Global("add_string", s, s, s, (x, y) => CelString.Of(((CelString)x).Value + ((CelString)y).Value), CelCallCost.Custom(Concatenation, ConcatenationEstimate))
            .Global("add_bytes", b, b, b, (x, y) => CelBytes.Wrap([.. ((CelBytes)x).Span, .. ((CelBytes)y).Span]), CelCallCost.Custom(Concatenation, ConcatenationEstimate))
            .Global("add_list", ListOfA, ListOfA, ListOfA, (x, y) => Concat((CelList)x, (CelList)y), CelCallCost.Custom(Concatenation, ConcatenationEstimate))
            .Global("add_timestamp_duration", ts, du, ts, (x, y) => ((CelTimestamp)x).Shifted(((CelDuration)y).TotalNanoseconds))
            .Global("add_duration_timestamp", du, ts, ts, (x, y) => ((CelTimestamp)y).Shifted(((CelDuration)x).TotalNanoseconds))
            .Global("add_duration_duration", du, du, du, (x, y) => CelDuration.FromNanoseconds(((CelDuration)x).TotalNanoseconds + ((CelDuration)y).TotalNanoseconds)));
        builder.AddFunction(Operators.Subtract, f => f
            .Global("subtract_int64", i, i, i, (x, y) => SubtractInt(((CelInt)x).Value, ((CelInt)y).Value))
            .Global("subtract_uint64", u, u, u, (x, y) => ((CelUInt)x).Value >= ((CelUInt)y).Value ? CelUInt.Of(((CelUInt)x).Value - ((CelUInt)y).Value) : new CelError(Overflow))
            .Global("subtract_double", d, d, d, (x, y) => CelDouble.Of(((CelDouble)x).Value - ((CelDouble)y).Value))
            .Global("subtract_timestamp_timestamp", ts, ts, du, (x, y) => CelDuration.FromNanoseconds(((CelTimestamp)x).TotalNanoseconds - ((CelTimestamp)y).TotalNanoseconds))
            .Global("subtract_timestamp_duration", ts, du, ts, (x, y) => ((CelTimestamp)x).Shifted(-((CelDuration)y).TotalNanoseconds))
            .Global("subtract_duration_duration", du, du, du, (x, y) => CelDuration.FromNanoseconds(((CelDuration)x).TotalNanoseconds - ((CelDuration)y).TotalNanoseconds)));
        builder.AddFunction(Operators.Multiply, f => f
            .Global("multiply_int64", i, i, i, (x, y) => MultiplyInt(((CelInt)x).Value, ((CelInt)y).Value))
            .Global("multiply_uint64", u, u, u, (x, y) => MultiplyUInt(((CelUInt)x).Value, ((CelUInt)y).Value))
            .Global("multiply_double", d, d, d, (x, y) => CelDouble.Of(((CelDouble)x).Value * ((CelDouble)y).Value)));
        builder.AddFunction(Operators.Divide, f => f
            .Global("divide_int64", i, i, i, (x, y) => DivideInt(((CelInt)x).Value, ((CelInt)y).Value))
            .Global("divide_uint64", u, u, u, (x, y) => ((CelUInt)y).Value == 0 ? new CelError("division by zero") : CelUInt.Of(((CelUInt)x).Value / ((CelUInt)y).Value))
            .Global("divide_double", d, d, d, (x, y) => CelDouble.Of(((CelDouble)x).Value / ((CelDouble)y).Value)));
        builder.AddFunction(Operators.Modulo, f => f
            .Global("modulo_int64", i, i, i, (x, y) => ModuloInt(((CelInt)x).Value, ((CelInt)y).Value))
            .Global("modulo_uint64", u, u, u, (x, y) => ((CelUInt)y).Value == 0 ? new CelError("modulus by zero") : CelUInt.Of(((CelUInt)x).Value % ((CelUInt)y).Value)));
        builder.AddFunction(Operators.Negate, f => f
            .Global("negate_int64", i, i, x => ((CelInt)x).Value == long.MinValue ? new CelError(Overflow) : CelInt.Of(-((CelInt)x).Value))
            .Global("negate_double", d, d, x => CelDouble.Of(-((CelDouble)x).Value)));
    }

    private static CelValue AddInt(long x, long y)
    {
        var r = unchecked(x + y);
        return ((x ^ r) & (y ^ r)) < 0 ? new CelError(Overflow) : CelInt.Of(r);
    }

    private static CelValue SubtractInt(long x, long y)
    {
        var r = unchecked(x - y);
        return ((x ^ y) & (x ^ r)) < 0 ? new CelError(Overflow) : CelInt.Of(r);
    }

    private static CelValue AddUInt(ulong x, ulong y) => x > ulong.MaxValue - y ? new CelError(Overflow) : CelUInt.Of(x + y);

    private static CelValue MultiplyInt(long x, long y)
    {
        var r = Math.BigMul(x, y, out var low);
        return (r == 0 && low >= 0) || (r == -1 && low < 0) ? CelInt.Of(low) : new CelError(Overflow);
    }

    private static CelValue MultiplyUInt(ulong x, ulong y)
    {
        var high = Math.BigMul(x, y, out var low);
        return high == 0 ? CelUInt.Of(low) : new CelError(Overflow);
    }

    private static CelValue DivideInt(long x, long y) => y switch
    {
        0 => new CelError("division by zero"),
        -1 when x == long.MinValue => new CelError(Overflow),
        _ => CelInt.Of(x / y),
    };

    private static CelValue ModuloInt(long x, long y) => y switch
    {
        0 => new CelError("modulus by zero"),
        -1 => x == long.MinValue ? new CelError(Overflow) : CelInt.Zero,
        _ => CelInt.Of(x % y),
    };

    private static CelList Concat(CelList x, CelList y)
    {
        if (x.Count == 0)
        {
            return y;
        }

        if (y.Count == 0)
        {
            return x;
        }

        var items = new CelValue[x.Count + y.Count];
        for (var k = 0; k < x.Count; k++)
        {
            items[k] = x[k];
        }

        for (var k = 0; k < y.Count; k++)
        {
            items[x.Count + k] = y[k];
        }

        return CelList.Wrap(items);
    }

    /// <summary>Concatenation costs 1 plus a tenth of the combined size.</summary>
    private static long Concatenation(ReadOnlySpan<CelValue> args) =>
        1 + (long)Math.Ceiling((CelCallCost.SizeOf(args[0]) + CelCallCost.SizeOf(args[1])) * 0.1);

    private static CelCostEstimate ConcatenationEstimate(ReadOnlySpan<CelSizeEstimate> sizes) => new(
        1 + (ulong)Math.Ceiling(Math.Min(1e19, (sizes[0].Min + (double)sizes[1].Min) * 0.1)),
        sizes[0].Max == ulong.MaxValue || sizes[1].Max == ulong.MaxValue ? ulong.MaxValue : 1 + (ulong)Math.Ceiling(Math.Min(1e19, (sizes[0].Max + (double)sizes[1].Max) * 0.1)));
}
