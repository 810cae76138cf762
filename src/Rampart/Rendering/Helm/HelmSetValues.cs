using System.Globalization;
using System.Text;
using Rampart.Templates;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// <c>--set</c> values as Helm's strvals parses them: comma-separated <c>a.b=c</c> assignments (a backslash escapes
/// <c>,</c>, <c>.</c> and <c>=</c>), list indexes <c>a[0]=x</c>, <c>{x,y}</c> lists, and typed values (integers as int64,
/// <c>true</c>/<c>false</c>, <c>null</c>), each remembering the flag that set it.
/// </summary>
internal static class HelmSetValues
{
    private const int MaxIndex = 65_536;

    public static string? ParseInto(string expression, GoMap target, string origin)
    {
        foreach (var assignment in SplitUnescaped(expression, ','))
        {
            var eq = IndexUnescaped(assignment, '=');
            if (eq < 0)
            {
                return $"key \"{assignment}\" has no value";
            }

            var path = SplitUnescaped(assignment[..eq], '.').Select(Unescape).ToList();
            var value = Typed(assignment[(eq + 1)..]);
            var error = Set(target, path, value, new SourcePosition(origin, 1, 0));
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static string? Set(GoMap target, List<string> path, object? value, SourcePosition origin)
    {
        var current = target;
        for (var i = 0; i < path.Count; i++)
        {
            var key = path[i];
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            var last = i == path.Count - 1;
            if (bracket > 0 && key.EndsWith(']'))
            {
                if (!int.TryParse(key[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > MaxIndex)
                {
                    return $"invalid list index in \"{key}\"";
                }

                var name = key[..bracket];
                var list = (current.GetValueOrDefault(name) as object?[]) ?? [];
                if (list.Length <= index)
                {
                    Array.Resize(ref list, index + 1);
                }

                current[name] = list;
                current.SetOrigin(name, origin);
                if (last)
                {
                    list[index] = value;
                    return null;
                }

                if (list[index] is not GoMap inner)
                {
                    list[index] = inner = new GoMap();
                }

                current = inner;
                continue;
            }

            if (last)
            {
                current[key] = value;
                current.SetOrigin(key, origin);
                return null;
            }

            if (current.GetValueOrDefault(key) is not GoMap next)
            {
                current[key] = next = new GoMap();
                current.SetOrigin(key, origin);
            }

            current = next;
        }

        return null;
    }

    private static object? Typed(string text)
    {
        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            return SplitUnescaped(text[1..^1], ',').Select(s => Typed(Unescape(s))).ToArray();
        }

        text = Unescape(text);
        return text switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ when text.Length > 0 && (text == "0" || text[0] != '0') && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                => GoNumber.Signed(GoTypes.Int64, l),
            _ => text,
        };
    }

    private static List<string> SplitUnescaped(string s, char separator)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        var braces = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                sb.Append(c).Append(s[++i]);
                continue;
            }

            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == separator && braces == 0)
            {
                parts.Add(sb.ToString());
                sb.Clear();
                continue;
            }

            sb.Append(c);
        }

        parts.Add(sb.ToString());
        return parts;
    }

    private static int IndexUnescaped(string s, char c)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            sb.Append(s[i]);
        }

        return sb.ToString();
    }
}
