using System.Globalization;
using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>The text helpers behind Sprig's string functions: wrapping, indenting, replacing, splitting, string lists.</summary>
internal static class SprigText
{
    public static string Wrap(string s, int width, string sep)
    {
        if (width < 1)
        {
            width = 1;
        }

        var sb = new StringBuilder();
        foreach (var (line, li) in s.Split('\n').Select((l, i) => (l, i)))
        {
            if (li > 0)
            {
                sb.Append('\n');
            }

            var col = 0;
            var words = line.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (i > 0)
                {
                    if (col + 1 + w.Length > width && col > 0)
                    {
                        sb.Append(sep);
                        col = 0;
                    }
                    else
                    {
                        sb.Append(' ');
                        col++;
                    }
                }

                sb.Append(w);
                col += w.Length;
            }
        }

        return sb.ToString();
    }

    public static string Indent(long spaces, string v)
    {
        if (spaces < 0 || spaces > 1024 * 1024)
        {
            throw new TemplateFunctionException("strings: negative Repeat count");
        }

        var pad = new string(' ', (int)spaces);
        return pad + v.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    public static string Replace(string s, string old, string @new)
    {
        if (old.Length > 0)
        {
            return s.Replace(old, @new, StringComparison.Ordinal);
        }

        var sb = new StringBuilder(@new);
        foreach (var r in s.EnumerateRunes())
        {
            sb.Append(r.ToString()).Append(@new);
        }

        return sb.ToString();
    }

    /// <summary>Go's strings.SplitN (n &lt; 0: all).</summary>
    public static string[] GoSplit(string s, string sep, long n)
    {
        if (n == 0)
        {
            return [];
        }

        if (sep.Length == 0)
        {
            var runes = s.EnumerateRunes().Select(r => r.ToString()).ToList();
            if (n > 0 && runes.Count > n)
            {
                var head = runes.Take((int)n - 1).ToList();
                head.Add(string.Concat(runes.Skip((int)n - 1)));
                return [.. head];
            }

            return [.. runes];
        }

        return n < 0 ? s.Split(sep) : s.Split(sep, (int)Math.Min(n, int.MaxValue));
    }

    public static Dictionary<string, string> Split(string s, string sep, long n)
    {
        var parts = GoSplit(s, sep, n);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            result["_" + i.ToString(CultureInfo.InvariantCulture)] = parts[i];
        }

        return result;
    }

    public static string[] Strslice(object? v)
    {
        switch (v)
        {
            case string[] s:
                return s;
            case null:
                return [];
        }

        if (Cast.List(v) is { } list)
        {
            var result = new List<string>();
            foreach (var x in list)
            {
                if (x is not null)
                {
                    result.Add(Cast.Str(x));
                }
            }

            return [.. result];
        }

        return [Cast.Str(v)];
    }

    public static string[] SortAlpha(object? v)
    {
        if (Cast.List(v) is null)
        {
            return [Cast.Str(v)];
        }

        var s = Strslice(v).ToArray();
        Array.Sort(s, StringComparer.Ordinal);
        return s;
    }
}
