using System.Text;

namespace Rampart.Rendering.Kustomize.Generators;

/// <summary>
/// Writes JSON as Go's <c>encoding/json</c> does (keys sorted, <c>&lt;</c> <c>&gt;</c> <c>&amp;</c> U+2028 U+2029
/// escaped), since the name hash Kustomize appends is the SHA-256 of that text.
/// </summary>
internal static class GoJson
{
    /// <summary>Writes a value: a string, or a map of strings to values (sorted by key as Go sorts map keys).</summary>
    public static void Write(StringBuilder into, object? value)
    {
        switch (value)
        {
            case null:
                into.Append("null");
                break;
            case string text:
                String(into, text);
                break;
            case bool flag:
                into.Append(flag ? "true" : "false");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                into.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        into.Append(',');
                    }

                    first = false;
                    String(into, key);
                    into.Append(':');
                    Write(into, item);
                }

                into.Append('}');
                break;
            default:
                throw new ArgumentException("GoJson writes strings, booleans and maps only", nameof(value));
        }
    }

    private static void String(StringBuilder into, string text)
    {
        into.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    into.Append("\\\"");
                    break;
                case '\\':
                    into.Append("\\\\");
                    break;
                case '\n':
                    into.Append("\\n");
                    break;
                case '\r':
                    into.Append("\\r");
                    break;
                case '\t':
                    into.Append("\\t");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    into.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case < ' ':
                    into.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    into.Append(c);
                    break;
            }
        }

        into.Append('"');
    }
}
