using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// Writes CEL values as JSON: maps become objects (keys as strings), lists arrays, ints and uints numbers,
/// doubles numbers (NaN and infinities as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>),
/// bytes base64 strings, timestamps RFC 3339 strings, durations strings such as <c>"1.5s"</c>, types their
/// names, optionals their value or null, and library types their text.
/// </summary>
public static class CelJson
{
    private const int MaxDepth = 256;

    public static void WriteValue(Utf8JsonWriter writer, CelValue value) => Write(writer, value, 0);

    /// <summary>
    /// The result envelope of an evaluation: <c>{"value": ...}</c>, or for an error
    /// <c>{"error": "...", "line": n, "column": n}</c> (line and column when the error has a position).
    /// </summary>
    public static void WriteResult(Utf8JsonWriter writer, CelValue result)
    {
        writer.WriteStartObject();
        if (result is CelError error)
        {
            WriteError(writer, error.Message, error.Location?.Line, error.Location?.Column);
        }
        else
        {
            writer.WritePropertyName("value");
            WriteValue(writer, result);
        }

        writer.WriteEndObject();
    }

    /// <summary>The envelope of a failed compilation: the first error as <c>{"error": "...", "line": n, "column": n}</c>.</summary>
    public static void WriteCompileErrors(Utf8JsonWriter writer, IReadOnlyList<CelIssue> errors)
    {
        writer.WriteStartObject();
        var first = errors.Count > 0 ? errors[0] : new CelIssue("compilation failed", 1, 1, string.Empty);
        WriteError(writer, first.Message, first.Line, first.Column);
        writer.WriteEndObject();
    }

    public static string ToJson(CelValue value, bool indented = false) => Render(w => WriteValue(w, value), indented);

    public static string ResultToJson(CelValue result, bool indented = false) => Render(w => WriteResult(w, result), indented);

    private static string Render(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = false }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, string message, int? line, int? column)
    {
        writer.WriteString("error", message);
        if (line is { } l && column is { } c)
        {
            writer.WriteNumber("line", l);
            writer.WriteNumber("column", c);
        }
    }

    private static void Write(Utf8JsonWriter writer, CelValue value, int depth)
    {
        if (depth > MaxDepth)
        {
            writer.WriteStringValue("<nested too deeply>");
            return;
        }

        switch (value)
        {
            case CelNull: writer.WriteNullValue(); break;
            case CelBool b: writer.WriteBooleanValue(b.Value); break;
            case CelInt i: writer.WriteNumberValue(i.Value); break;
            case CelUInt u: writer.WriteNumberValue(u.Value); break;
            case CelDouble d: WriteDouble(writer, d.Value); break;
            case CelString s: writer.WriteStringValue(s.Value); break;
            case CelBytes b: writer.WriteBase64StringValue(b.Span); break;
            case CelList list:
                writer.WriteStartArray();
                for (var k = 0; k < list.Count; k++)
                {
                    Write(writer, list[k], depth + 1);
                }

                writer.WriteEndArray();
                break;
            case CelMap map:
                writer.WriteStartObject();
                foreach (var key in map.Keys)
                {
                    writer.WritePropertyName(KeyText(key));
                    Write(writer, map.TryGetValue(key, out var v) ? v : CelNull.Instance, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case CelOptional o:
                if (o.HasValue)
                {
                    Write(writer, o.Value, depth + 1);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case CelType t: writer.WriteStringValue(t.ToString()); break;
            case CelError e:
                writer.WriteStartObject();
                writer.WriteString("error", e.Message);
                writer.WriteEndObject();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsInfinity(value))
        {
            writer.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    private static string KeyText(CelValue key) => key switch
    {
        CelString s => s.Value,
        CelInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        CelUInt u => u.Value.ToString(CultureInfo.InvariantCulture),
        CelBool b => b.Value ? "true" : "false",
        _ => key.ToString() ?? string.Empty,
    };
}
