using System.Collections;
using System.Globalization;
using System.Text;
using Rampart.Templates;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Helm's <c>toToml</c>: the TOML that BurntSushi/toml's encoder writes for a Go value. Keys are sorted, the values of a
/// table come before its sub-tables, a sub-table is indented by two spaces per level under its <c>[a.b]</c> header, a
/// top-level table follows a blank line, lists of tables become <c>[[key]]</c> blocks, floats always show a decimal
/// point. A value the encoder cannot write gives its error text, as Helm returns it.
/// </summary>
internal static class GoTomlWriter
{
    private const int MaxDepth = 256;

    /// <summary>The TOML text of <paramref name="value"/>; on an error its text, or with <paramref name="must"/> the error itself.</summary>
    public static string Marshal(object? value, bool must = false)
    {
        var writer = new Writer();
        try
        {
            writer.Encode([], value, 0);
            return writer.Text.ToString();
        }
        catch (TemplateFunctionException e) when (!must)
        {
            return e.Message;
        }
    }

    private sealed class Writer
    {
        public StringBuilder Text { get; } = new();

        public void Encode(List<string> key, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new TemplateFunctionException("toml: nesting too deep");
            }

            switch (value)
            {
                case null:
                    return;
                case GoPointer p:
                    Encode(key, p.Target, depth + 1);
                    return;
                case IDictionary map:
                    Table(key, map, depth);
                    return;
            }

            if (GoReflect.AsList(value) is { } list && value is not string && IsTableArray(list))
            {
                if (key.Count == 0)
                {
                    throw new TemplateFunctionException("toml: top-level values must be Go maps or structs");
                }

                foreach (var item in list)
                {
                    NewLine();
                    Write(Indent(key) + "[[" + KeyText(key) + "]]");
                    NewLine();
                    Map(key, (IDictionary)Deref(item)!, inline: false, depth + 1);
                }

                return;
            }

            KeyValue(key, value, inline: false, depth);
        }

        private void Table(List<string> key, IDictionary map, int depth)
        {
            if (key.Count == 1)
            {
                NewLine();
            }

            if (key.Count > 0)
            {
                Write(Indent(key) + "[" + KeyText(key) + "]");
                NewLine();
            }

            Map(key, map, inline: false, depth + 1);
        }

        private void Map(List<string> key, IDictionary map, bool inline, int depth)
        {
            var keys = map.Keys.Cast<object>().Select(k => k.ToString()!).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var direct = keys.Where(k => !IsTable(map[k])).ToList();
            var sub = keys.Where(k => IsTable(map[k])).ToList();
            if (inline)
            {
                Write("{");
            }

            WriteKeys(direct, sub.Count > 0);
            WriteKeys(sub, false);
            if (inline)
            {
                Write("}");
            }

            void WriteKeys(List<string> names, bool trailingComma)
            {
                for (var i = 0; i < names.Count; i++)
                {
                    var v = Deref(map[names[i]]);
                    if (v is null)
                    {
                        continue;
                    }

                    if (inline)
                    {
                        KeyValue([names[i]], v, inline: true, depth);
                        if (trailingComma || i != names.Count - 1)
                        {
                            Write(", ");
                        }
                    }
                    else
                    {
                        Encode([.. key, names[i]], v, depth);
                    }
                }
            }
        }

        private void KeyValue(List<string> key, object? value, bool inline, int depth)
        {
            if (key.Count == 0)
            {
                Element(value, depth);
                return;
            }

            Write(Indent(key) + Quoted(key[^1]) + " = ");
            Element(value, depth);
            if (!inline)
            {
                NewLine();
            }
        }

        private void Element(object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new TemplateFunctionException("toml: nesting too deep");
            }

            switch (value)
            {
                case GoPointer p:
                    Element(p.Target, depth + 1);
                    return;
                case string s:
                    Write(Quote(s));
                    return;
                case bool b:
                    Write(b ? "true" : "false");
                    return;
                case long l:
                    Write(l.ToString(CultureInfo.InvariantCulture));
                    return;
                case double d:
                    Write(Float(d));
                    return;
                case GoNumber n:
                    Write(n.GoType.Kind is GoKind.Float32 or GoKind.Float64 ? Float(n.Float) : n.ToString());
                    return;
                case IDictionary map:
                    Map([], map, inline: true, depth + 1);
                    return;
                case GoTime t:
                    Write(t.Instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                    return;
            }

            if (GoReflect.AsList(value) is { } list)
            {
                Write("[");
                for (var i = 0; i < list.Count; i++)
                {
                    if (Deref(list[i]) is null)
                    {
                        throw new TemplateFunctionException("toml: cannot encode array with nil element");
                    }

                    Element(list[i], depth + 1);
                    if (i != list.Count - 1)
                    {
                        Write(", ");
                    }
                }

                Write("]");
                return;
            }

            throw new TemplateFunctionException($"toml: unsupported type: {GoTypes.Of(value)?.Name}");
        }

        private void Write(string s) => Text.Append(s);

        private void NewLine()
        {
            if (Text.Length > 0)
            {
                Text.Append('\n');
            }
        }
    }

    private static object? Deref(object? value) => value is GoPointer p ? Deref(p.Target) : value;

    private static bool IsTable(object? value) =>
        Deref(value) switch
        {
            IDictionary => true,
            string => false,
            var v => GoReflect.AsList(v) is { } list && IsTableArray(list),
        };

    private static bool IsTableArray(IList list)
    {
        if (list.Count == 0)
        {
            return false;
        }

        var all = true;
        foreach (var item in list)
        {
            var v = Deref(item);
            if (v is null)
            {
                throw new TemplateFunctionException("toml: cannot encode array with nil element");
            }

            all &= v is IDictionary;
        }

        return all;
    }

    private static string Indent(List<string> key) => new(' ', 2 * (key.Count - 1));

    private static string KeyText(List<string> key) => string.Join('.', key.Select(Quoted));

    private static string Quoted(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-') ? key : Quote(key);

    private static string Float(double f)
    {
        if (double.IsNaN(f))
        {
            return double.IsNegative(f) ? "-nan" : "nan";
        }

        if (double.IsInfinity(f))
        {
            return f < 0 ? "-inf" : "inf";
        }

        var s = GoFloat.Format(f, 'f', -1, 64);
        return s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
    }

    private static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(@"\\"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\f': sb.Append(@"\f"); break;
                case '\r': sb.Append(@"\r"); break;
                case < ' ' or '\u007f': sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }
}
