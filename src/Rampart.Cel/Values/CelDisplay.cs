using System.Globalization;
using System.Text;

namespace Rampart.Cel.Values;

/// <summary>Writes values the way CEL source would spell them (strings quoted), for messages and debugging.</summary>
public static class CelDisplay
{
    private const int MaxDepth = 32;
    private const int MaxLength = 1_000;

    /// <summary>The value as CEL source would spell it, cut short (with "...") past 1,000 characters.</summary>
    public static string Format(CelValue value)
    {
        var sb = new StringBuilder();
        Append(sb, value, 0);
        return sb.Length > MaxLength ? sb.ToString(0, MaxLength) + "..." : sb.ToString();
    }

    private static void Append(StringBuilder sb, CelValue value, int depth)
    {
        if (depth > MaxDepth || sb.Length > MaxLength)
        {
            sb.Append("...");
            return;
        }

        switch (value)
        {
            case CelString s:
                AppendQuoted(sb, s.Value);
                break;
            case CelBytes b:
                sb.Append("b\"");
                foreach (var c in b.Span)
                {
                    if (sb.Length > MaxLength)
                    {
                        break;
                    }

                    if (c is >= 0x20 and < 0x7f and not (byte)'"' and not (byte)'\\')
                    {
                        sb.Append((char)c);
                    }
                    else
                    {
                        sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
                    }
                }

                sb.Append('"');
                break;
            case CelList list:
                sb.Append('[');
                for (var i = 0; i < list.Count && sb.Length <= MaxLength; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Append(sb, list[i], depth + 1);
                }

                sb.Append(']');
                break;
            case CelMap map:
                sb.Append('{');
                var first = true;
                foreach (var key in map.Keys)
                {
                    if (sb.Length > MaxLength)
                    {
                        break;
                    }

                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(sb, key, depth + 1);
                    sb.Append(": ");
                    if (map.TryGetValue(key, out var v))
                    {
                        Append(sb, v, depth + 1);
                    }
                }

                sb.Append('}');
                break;
            case CelTimestamp t:
                sb.Append("timestamp(\"").Append(t).Append("\")");
                break;
            case CelDuration d:
                sb.Append("duration(\"").Append(d).Append("\")");
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (sb.Length > MaxLength)
            {
                break;
            }

            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
