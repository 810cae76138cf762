using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interop;

/// <summary>
/// Writes a CEL value as JSON that keeps its type, so that two CEL implementations can be compared exactly:
/// every value is <c>{"t": type name, "v": value}</c>. Ints and uints are decimal strings; doubles <c>"NaN"</c>,
/// <c>"+Inf"</c>, <c>"-Inf"</c> or their IEEE-754 bits as 16 lower-case hex digits (so <c>-0.0</c> and <c>0.0</c>
/// differ); bytes base64; durations their count of nanoseconds; timestamps <c>"&lt;seconds&gt;.&lt;9-digit nanos&gt;"</c>
/// since the epoch (seconds rounded down, nanos from 0 to 999999999); lists arrays of typed values; maps arrays of
/// <c>[key, value]</c> pairs of typed values in the map's order; optionals <c>{"t": "optional"}</c> when empty, with
/// <c>"v"</c> otherwise; types their name; null <c>{"t": "null"}</c>; library types (<c>kubernetes.Quantity</c>,
/// <c>net.IP</c>, ...) their string form.
/// </summary>
public static class TypedJson
{
    private const int MaxDepth = 256;

    public static void Write(Utf8JsonWriter writer, CelValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Write(writer, value, 0);
    }

    public static string ToJson(CelValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The name written as <c>"t"</c>: the CEL type name, with <c>null</c> and <c>optional</c> for short.</summary>
    public static string TypeName(CelValue value) => value switch
    {
        CelNull => "null",
        CelOptional => "optional",
        CelError => "error",
        _ => value.Type.Name,
    };

    /// <summary>A double as its IEEE-754 bits in 16 lower-case hex digits, or <c>NaN</c>, <c>+Inf</c>, <c>-Inf</c>.</summary>
    public static string DoubleText(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>A timestamp as <c>"&lt;seconds&gt;.&lt;9-digit nanos&gt;"</c>: whole seconds since the epoch rounded down, and the nanoseconds past them.</summary>
    public static string TimestampText(CelTimestamp value) =>
        value.Seconds.ToString(CultureInfo.InvariantCulture) + "." + value.Nanos.ToString("D9", CultureInfo.InvariantCulture);

    private static void Write(Utf8JsonWriter writer, CelValue value, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString("t", TypeName(value));
        if (depth > MaxDepth)
        {
            writer.WriteString("v", "<nested too deeply>");
            writer.WriteEndObject();
            return;
        }

        switch (value)
        {
            case CelNull:
                break;
            case CelOptional optional:
                if (optional.HasValue)
                {
                    writer.WritePropertyName("v");
                    Write(writer, optional.Value, depth + 1);
                }

                break;
            case CelList list:
                writer.WriteStartArray("v");
                for (var i = 0; i < list.Count; i++)
                {
                    Write(writer, list[i], depth + 1);
                }

                writer.WriteEndArray();
                break;
            case CelMap map:
                writer.WriteStartArray("v");
                foreach (var key in map.Keys)
                {
                    writer.WriteStartArray();
                    Write(writer, key, depth + 1);
                    Write(writer, map.TryGetValue(key, out var entry) ? entry : new CelError($"no such key: {key}"), depth + 1);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                break;
            default:
                WriteScalar(writer, value);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, CelValue value)
    {
        switch (value)
        {
            case CelBool b: writer.WriteBoolean("v", b.Value); break;
            case CelInt i: writer.WriteString("v", i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case CelUInt u: writer.WriteString("v", u.Value.ToString(CultureInfo.InvariantCulture)); break;
            case CelDouble d: writer.WriteString("v", DoubleText(d.Value)); break;
            case CelString s: writer.WriteString("v", s.Value); break;
            case CelBytes b: writer.WriteBase64String("v", b.Span); break;
            case CelDuration d: writer.WriteString("v", d.TotalNanoseconds.ToString(CultureInfo.InvariantCulture)); break;
            case CelTimestamp t: writer.WriteString("v", TimestampText(t)); break;
            case CelType t: writer.WriteString("v", t.Name); break;
            case CelError e: writer.WriteString("v", e.Message); break;
            default: writer.WriteString("v", value.ToString()); break;
        }
    }
}
