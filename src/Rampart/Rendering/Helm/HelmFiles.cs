using System.Text;
using NetRegex = System.Text.RegularExpressions.Regex;
using RegexOptions = System.Text.RegularExpressions.RegexOptions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary><c>.Files</c>: the chart's files other than templates and values (Helm's engine.files), with Helm's methods.</summary>
internal sealed class HelmFiles : Dictionary<string, object?>, IGoValue
{
    public HelmFiles()
        : base(StringComparer.Ordinal)
    {
    }

    public GoType GoType => HelmTypes.Files;

    public static void AddMethods(GoType t) => t.WithMethods(
        new GoMethod("Get", [GoTypes.String], false, GoTypes.String, false, (r, a) => Encoding.UTF8.GetString(Bytes(r, (string)a[0]!))),
        new GoMethod("GetBytes", [GoTypes.String], false, GoTypes.SliceOfByte, false, (r, a) => Bytes(r, (string)a[0]!)),
        new GoMethod("Glob", [GoTypes.String], false, t, false, (r, a) => ((HelmFiles)r).Glob((string)a[0]!)),
        new GoMethod("AsConfig", [], false, GoTypes.String, false, (r, _) => ((HelmFiles)r).AsMap(b => Encoding.UTF8.GetString(b))),
        new GoMethod("AsSecrets", [], false, GoTypes.String, false, (r, _) => ((HelmFiles)r).AsMap(Convert.ToBase64String)),
        new GoMethod("Lines", [GoTypes.String], false, GoTypes.SliceOfString, false, (r, a) => Lines(r, (string)a[0]!)));

    private static byte[] Bytes(object files, string name) => ((HelmFiles)files).TryGetValue(name, out var v) && v is byte[] b ? b : [];

    private static string[] Lines(object files, string name)
    {
        if (!((HelmFiles)files).TryGetValue(name, out var v) || v is not byte[] { Length: > 0 } b)
        {
            return [];
        }

        var s = Encoding.UTF8.GetString(b);
        return (s.EndsWith('\n') ? s[..^1] : s).Split('\n');
    }

    private string AsMap(Func<byte[], string> convert)
    {
        if (Count == 0)
        {
            return "";
        }

        var m = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in this)
        {
            m[Rampart.Templates.Functions.GoPath.Base(k)] = convert(v as byte[] ?? []);
        }

        return GoYamlWriter.Marshal(m) is { } s ? s[..^1] : "";
    }

    private HelmFiles Glob(string pattern)
    {
        var regex = GlobRegex(pattern) ?? GlobRegex("**")!;
        var result = new HelmFiles();
        foreach (var (k, v) in this)
        {
            if (regex.IsMatch(k))
            {
                result[k] = v;
            }
        }

        return result;
    }

    /// <summary>gobwas/glob with '/' as the separator, as a linear-time regular expression; null when the pattern is malformed.</summary>
    private static NetRegex? GlobRegex(string pattern)
    {
        if (pattern.Length > 4096)
        {
            return null;
        }

        var sb = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    sb.Append(".*");
                    i++;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    var body = pattern[(i + 1)..end];
                    sb.Append('[').Append(body.StartsWith('!') ? "^" + NetRegex.Escape(body[1..]) : NetRegex.Escape(body)).Append(']');
                    i = end;
                    break;
                case '{':
                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(NetRegex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(NetRegex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces != 0)
        {
            return null;
        }

        try
        {
            return new NetRegex(sb.Append('$').ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
