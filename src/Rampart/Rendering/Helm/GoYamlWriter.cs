using System.Collections;
using System.Globalization;
using System.Text;
using Rampart.Loading;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// sigs.k8s.io/yaml's Marshal over the template value model: a JSON round trip (numbers as JSON writes them, then
/// read back as YAML 1.1 ints or floats), then go-yaml v2's block emitter (keys in its natural order, strings quoted
/// when they would read back as another type, literal blocks for multi-line text, plain scalars folded past 80 columns).
/// With sequences indented under their keys it is the yaml.v3 layout Helm's toYamlPretty writes.
/// </summary>
internal static class GoYamlWriter
{
    private const int BestWidth = 80;
    private const int MaxDepth = 1000;

    /// <summary>The YAML text ending with a newline; null when the value cannot be encoded.</summary>
    public static string? Marshal(object? value, bool indentSequences = false)
    {
        var sb = new StringBuilder();
        var w = new Writer(sb, indentSequences);
        if (!w.Node(value, 0, Context.Top, 0))
        {
            return null;
        }

        sb.Append('\n');
        return sb.ToString();
    }

    private enum Context
    {
        Top,
        MapValue,
        SeqItem,
    }

    private sealed class Writer(StringBuilder sb, bool indentSequences)
    {
        private int Column
        {
            get
            {
                var i = sb.Length - 1;
                while (i >= 0 && sb[i] != '\n')
                {
                    i--;
                }

                return sb.Length - i - 1;
            }
        }

        public bool Node(object? value, int indent, Context ctx, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            value = value is GoPointer p ? p.Target : value;
            if (value is IDictionary map)
            {
                return Map(map, indent, ctx, depth);
            }

            if (value is not string && value is not byte[] && GoReflect.AsList(value) is { } list)
            {
                return Seq(list, indent, ctx, depth);
            }

            if (value is IGoValue { GoType.Kind: GoKind.Struct } st)
            {
                var m = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var f in st.GoType.Fields)
                {
                    m[f.Name] = f.Get(value);
                }

                return Map(m, indent, ctx, depth);
            }

            if (ctx != Context.Top)
            {
                sb.Append(' ');
            }

            return Scalar(value, indent + (ctx == Context.Top ? 0 : 2));
        }

        private bool Map(IDictionary map, int indent, Context ctx, int depth)
        {
            if (map.Count == 0)
            {
                sb.Append(ctx == Context.Top ? "{}" : " {}");
                return true;
            }

            var keys = map.Keys.Cast<object>().Select(k => k.ToString()!).ToList();
            keys.Sort(NaturalOrder.Instance);
            var childIndent = ctx == Context.Top ? indent : indent + 2;
            for (var i = 0; i < keys.Count; i++)
            {
                if (i > 0 || ctx == Context.MapValue)
                {
                    sb.Append('\n').Append(' ', childIndent);
                }
                else if (ctx == Context.SeqItem)
                {
                    sb.Append(' ');
                }

                StringScalar(keys[i], childIndent, key: true);
                sb.Append(':');
                if (!Node(map[keys[i]], childIndent, Context.MapValue, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Seq(IList list, int indent, Context ctx, int depth)
        {
            if (list.Count == 0)
            {
                sb.Append(ctx == Context.Top ? "[]" : " []");
                return true;
            }

            var itemIndent = ctx == Context.SeqItem || (ctx == Context.MapValue && indentSequences) ? indent + 2 : indent;
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0 || ctx == Context.MapValue)
                {
                    sb.Append('\n').Append(' ', itemIndent);
                }
                else if (ctx == Context.SeqItem)
                {
                    sb.Append(' ');
                }

                sb.Append('-');
                if (!Node(list[i], itemIndent, Context.SeqItem, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Scalar(object? value, int indent)
        {
            switch (value)
            {
                case null:
                    sb.Append("null");
                    return true;
                case bool b:
                    sb.Append(b ? "true" : "false");
                    return true;
                case string s:
                    StringScalar(s, indent, key: false);
                    return true;
                case byte[] bytes:
                    StringScalar(Convert.ToBase64String(bytes), indent, key: false);
                    return true;
                case long l:
                    sb.Append(l.ToString(CultureInfo.InvariantCulture));
                    return true;
                case double d:
                    return Number(d);
                case GoNumber n:
                    if (n.GoType.Kind is GoKind.Float32 or GoKind.Float64)
                    {
                        return Number(n.Float);
                    }

                    sb.Append(n.ToString());
                    return true;
                default:
                    StringScalar(GoFormat.ToString(value), indent, key: false);
                    return true;
            }
        }

        private bool Number(double d)
        {
            if (!double.IsFinite(d))
            {
                return false;
            }

            var json = GoJson.FormatFloat(d);
            if (json.AsSpan().IndexOfAny(".eE") < 0 && long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
            }
            else if (json.AsSpan().IndexOfAny(".eE-") < 0 && ulong.TryParse(json, NumberStyles.None, CultureInfo.InvariantCulture, out var u))
            {
                sb.Append(u.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(GoFloat.Format(d, 'g', -1));
            }

            return true;
        }

        private void StringScalar(string s, int indent, bool key)
        {
            var style = YamlScalarStyle.Choose(s, key);
            switch (style)
            {
                case 'p':
                    Folded(s, indent, quote: false);
                    break;
                case '\'':
                    sb.Append('\'');
                    Folded(s.Replace("'", "''", StringComparison.Ordinal), indent, quote: true);
                    sb.Append('\'');
                    break;
                case '|':
                    Literal(s, indent);
                    break;
                default:
                    sb.Append(YamlScalarStyle.DoubleQuoted(s));
                    break;
            }
        }

        private void Folded(string s, int indent, bool quote)
        {
            var column = Column;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c == ' ' && column > BestWidth && i > 0 && s[i - 1] != ' ' && i + 1 < s.Length && s[i + 1] != ' ' && !(quote && i == s.Length - 1))
                {
                    sb.Append('\n').Append(' ', indent);
                    column = indent;
                    continue;
                }

                sb.Append(c);
                column++;
            }
        }

        private void Literal(string s, int indent)
        {
            sb.Append('|');
            if (s.Length > 0 && s[0] is ' ' or '\n')
            {
                sb.Append('2');
            }

            var trailing = s.Length - s.TrimEnd('\n').Length;
            sb.Append(trailing == 0 ? "-" : trailing > 1 ? "+" : "");
            var body = trailing > 0 ? s[..^1] : s;
            foreach (var line in body.Split('\n'))
            {
                sb.Append('\n');
                if (line.Length > 0)
                {
                    sb.Append(' ', indent).Append(line);
                }
            }
        }
    }
}
