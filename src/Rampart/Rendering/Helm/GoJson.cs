using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Templates;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>Go's encoding/json over the template value model: Marshal (sorted keys, HTML-safe escapes, Go's float format) and Unmarshal into interface{}.</summary>
internal static class GoJson
{
    private const int MaxDepth = 1000;

    /// <summary>json.Marshal (or MarshalIndent with two spaces); null when the value cannot be encoded (NaN, infinities, functions).</summary>
    public static string? Marshal(object? value, bool escapeHtml = true, bool indent = false)
    {
        var sb = new StringBuilder();
        return Write(sb, value, escapeHtml, indent ? 0 : -1, 0) ? sb.ToString() : null;
    }

    private static bool Write(StringBuilder sb, object? value, bool html, int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                sb.Append("null");
                return true;
            case string s:
                WriteString(sb, s, html);
                return true;
            case bool b:
                sb.Append(b ? "true" : "false");
                return true;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                return true;
            case double d:
                return WriteFloat(sb, d);
            case GoNumber n:
                if (n.GoType.Kind is GoKind.Float32 or GoKind.Float64)
                {
                    return WriteFloat(sb, n.Float);
                }

                sb.Append(n.ToString());
                return true;
            case byte[] bytes:
                WriteString(sb, System.Convert.ToBase64String(bytes), html);
                return true;
            case GoPointer p:
                return Write(sb, p.Target, html, indent, depth + 1);
            case IDictionary map:
                var keys = map.Keys.Cast<object>().Select(k => k.ToString()!).OrderBy(k => k, StringComparer.Ordinal).ToList();
                if (keys.Count == 0)
                {
                    sb.Append("{}");
                    return true;
                }

                sb.Append('{');
                for (var i = 0; i < keys.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    NewLine(sb, indent, depth + 1);
                    WriteString(sb, keys[i], html);
                    sb.Append(indent >= 0 ? ": " : ":");
                    if (!Write(sb, map[keys[i]], html, indent, depth + 1))
                    {
                        return false;
                    }
                }

                NewLine(sb, indent, depth);
                sb.Append('}');
                return true;
        }

        if (GoReflect.AsList(value) is { } list)
        {
            if (list.Count == 0)
            {
                sb.Append("[]");
                return true;
            }

            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                NewLine(sb, indent, depth + 1);
                if (!Write(sb, list[i], html, indent, depth + 1))
                {
                    return false;
                }
            }

            NewLine(sb, indent, depth);
            sb.Append(']');
            return true;
        }

        if (value is IGoValue { GoType.Kind: GoKind.Struct } st)
        {
            var fields = st.GoType.Fields;
            sb.Append('{');
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                WriteString(sb, fields[i].Name, html);
                sb.Append(':');
                if (!Write(sb, fields[i].Get(value), html, indent, depth + 1))
                {
                    return false;
                }
            }

            sb.Append('}');
            return true;
        }

        return false;
    }

    private static void NewLine(StringBuilder sb, int indent, int depth)
    {
        if (indent >= 0)
        {
            sb.Append('\n').Append(' ', depth * 2);
        }
    }

    private static bool WriteFloat(StringBuilder sb, double f)
    {
        if (!double.IsFinite(f))
        {
            return false;
        }

        sb.Append(FormatFloat(f));
        return true;
    }

    /// <summary>The text encoding/json writes for a float64.</summary>
    public static string FormatFloat(double f)
    {
        var abs = Math.Abs(f);
        var fmt = abs != 0 && (abs < 1e-6 || abs >= 1e21) ? 'e' : 'f';
        var s = GoFloat.Format(f, fmt, -1);
        if (fmt == 'e' && s.Length >= 4 && s[^4] == 'e' && s[^3] == '-' && s[^2] == '0')
        {
            s = s[..^2] + s[^1];
        }

        return s;
    }

    private static void WriteString(StringBuilder sb, string s, bool html)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\u2028': sb.Append(@"\u2028"); break;
                case '\u2029': sb.Append(@"\u2029"); break;
                case '<' or '>' or '&' when html:
                case < ' ':
                    sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }

    /// <summary>json.Unmarshal into interface{}: objects as map[string]interface {}, numbers as float64; the error text on failure.</summary>
    public static object? Unmarshal(string text, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            return Convert(doc.RootElement);
        }
        catch (JsonException e)
        {
            error = GoMessage(e, text);
            return null;
        }
    }

    /// <summary>encoding/json's wording for the common syntax errors.</summary>
    private static string GoMessage(JsonException e, string text)
    {
        var offset = (int)Math.Min(e.BytePositionInLine ?? 0, int.MaxValue);
        var line = (int)(e.LineNumber ?? 0);
        var lines = text.Split('\n');
        var at = line < lines.Length && offset < System.Text.Encoding.UTF8.GetByteCount(lines[line]) ? System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(lines[line]), offset, 1) : null;
        if (at is null || string.IsNullOrWhiteSpace(text))
        {
            return "unexpected end of JSON input";
        }

        var context = e.Message.Contains("property name", StringComparison.Ordinal) ? "looking for beginning of object key string" : "looking for beginning of value";
        return $"invalid character '{at}' {context}";
    }

    private static object? Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ToMap(e),
        JsonValueKind.Array => e.EnumerateArray().Select(Convert).ToArray(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static GoMap ToMap(JsonElement e)
    {
        var map = new GoMap();
        foreach (var p in e.EnumerateObject())
        {
            map[p.Name] = Convert(p.Value);
        }

        return map;
    }
}
