using System.Globalization;
using System.Text;
using Rampart.Cel.Functions;
using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>The type conversions <c>int uint double string bytes bool type dyn duration timestamp</c>.</summary>
internal static class ConversionFunctions
{
    private const double TwoTo63 = 9223372036854775808.0;
    private const double TwoTo64 = 18446744073709551616.0;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static void Register(CelEnvironmentBuilder builder)
    {
        CelType i = CelType.Int, u = CelType.UInt, d = CelType.Double, s = CelType.String, b = CelType.Bytes, bo = CelType.Bool;
        CelType ts = CelType.Timestamp, du = CelType.Duration;
        builder.AddFunction("int", f => f
            .Global("int64_to_int64", i, i, x => x)
            .Global("uint64_to_int64", u, i, x => ((CelUInt)x).Value > long.MaxValue ? RangeError("int") : CelInt.Of((long)((CelUInt)x).Value))
            .Global("double_to_int64", d, i, x => DoubleToInt(((CelDouble)x).Value))
            .Global("string_to_int64", s, i, x => long.TryParse(((CelString)x).Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? CelInt.Of(v) : CannotConvert(x, "int"))
            .Global("timestamp_to_int64", ts, i, x => CelInt.Of(((CelTimestamp)x).Seconds))
            .Global("duration_to_int64", du, i, x => CelInt.Of((long)((CelDuration)x).TotalNanoseconds)));
        builder.AddFunction("uint", f => f
            .Global("uint64_to_uint64", u, u, x => x)
            .Global("int64_to_uint64", i, u, x => ((CelInt)x).Value < 0 ? RangeError("uint") : CelUInt.Of((ulong)((CelInt)x).Value))
            .Global("double_to_uint64", d, u, x => DoubleToUInt(((CelDouble)x).Value))
            .Global("string_to_uint64", s, u, x => ulong.TryParse(((CelString)x).Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? CelUInt.Of(v) : CannotConvert(x, "uint")));
        builder.AddFunction("double", f => f
            .Global("double_to_double", d, d, x => x)
            .Global("int64_to_double", i, d, x => CelDouble.Of(((CelInt)x).Value))
            .Global("uint64_to_double", u, d, x => CelDouble.Of(((CelUInt)x).Value))
            .Global("string_to_double", s, d, x => GoFloatParser.TryParse(((CelString)x).Value, out var v) ? CelDouble.Of(v) : CannotConvert(x, "double")));
        builder.AddFunction("string", f => f
            .Global("string_to_string", s, s, x => x)
            .Global("int64_to_string", i, s, x => CelString.Of(((CelInt)x).Value.ToString(CultureInfo.InvariantCulture)))
            .Global("uint64_to_string", u, s, x => CelString.Of(((CelUInt)x).Value.ToString(CultureInfo.InvariantCulture)))
            .Global("double_to_string", d, s, x => CelString.Of(GoFormat.FormatDouble(((CelDouble)x).Value)))
            .Global("bytes_to_string", b, s, BytesToString, CelCallCost.PerSize(0, 0.1))
            .Global("bool_to_string", bo, s, x => CelString.Of(((CelBool)x).Value ? "true" : "false"))
            .Global("timestamp_to_string", ts, s, x => CelString.Of(x.ToString()!))
            .Global("duration_to_string", du, s, x => CelString.Of(x.ToString()!)));
        builder.AddFunction("bytes", f => f
            .Global("bytes_to_bytes", b, b, x => x)
            .Global("string_to_bytes", s, b, x => CelBytes.FromUtf8(((CelString)x).Value), CelCallCost.PerSize(0, 0.1)));
        builder.AddFunction("bool", f => f
            .Global("bool_to_bool", bo, bo, x => x)
            .Global("string_to_bool", s, bo, x => GoFormat.ParseBool(((CelString)x).Value) is { } v ? CelBool.Of(v) : CannotConvert(x, "bool")));
        builder.AddFunction("type", f => f.Global("type", A, CelType.TypeOf(A), x => x.Type));
        builder.AddFunction("dyn", f => f.Global("to_dyn", A, CelType.Dyn, x => x));
        builder.AddFunction("duration", f => f
            .Global("duration_to_duration", du, du, x => x)
            .Global("string_to_duration", s, du, x => TimeText.ParseDuration(((CelString)x).Value)));
        builder.AddFunction("timestamp", f => f
            .Global("timestamp_to_timestamp", ts, ts, x => x)
            .Global("string_to_timestamp", s, ts, x => TimeText.ParseTimestamp(((CelString)x).Value))
            .Global("int64_to_timestamp", i, ts, x => CelTimestamp.FromSeconds(((CelInt)x).Value)));
    }

    private static CelValue DoubleToInt(double value) =>
        value > -TwoTo63 && value < TwoTo63 ? CelInt.Of((long)Math.Truncate(value)) : RangeError("int");

    private static CelValue DoubleToUInt(double value) =>
        value > -1 && value < TwoTo64 ? CelUInt.Of((ulong)Math.Truncate(value)) : RangeError("uint");

    private static CelValue BytesToString(CelValue value)
    {
        try
        {
            return CelString.Of(StrictUtf8.GetString(((CelBytes)value).Span));
        }
        catch (DecoderFallbackException)
        {
            return new CelError("invalid UTF-8 in bytes, cannot convert to string");
        }
    }

    private static CelError RangeError(string type) => new($"range error converting to {type}");

    private static CelError CannotConvert(CelValue value, string type) =>
        new($"cannot convert {CelDisplay.Format(value)} to {type}");
}
