using System.Globalization;
using System.Text;
using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's string functions.</summary>
internal static class SprigStrings
{
    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Make("hello", [], Str, _ => "Hello!"));
        t.Add(Make("abbrev", [Int, Str], Str, a => Abbrev((long)a[0]!, (string)a[1]!)));
        t.Add(Make("abbrevboth", [Int, Int, Str], Str, a => AbbrevBoth((long)a[0]!, (long)a[1]!, (string)a[2]!)));
        t.Add(Make("trunc", [Int, Str], Str, a => Trunc((long)a[0]!, (string)a[1]!)));
        t.Add(Make("trim", [Str], Str, a => ((string)a[0]!).Trim(GoSpace)));
        t.Add(Make("upper", [Str], Str, a => ((string)a[0]!).ToUpperInvariant()));
        t.Add(Make("lower", [Str], Str, a => ((string)a[0]!).ToLowerInvariant()));
        t.Add(Make("title", [Str], Str, a => Title((string)a[0]!)));
        t.Add(Make("untitle", [Str], Str, a => Untitle((string)a[0]!)));
        t.Add(Make("substr", [Int, Int, Str], Str, a => Substr((long)a[0]!, (long)a[1]!, (string)a[2]!)));
        t.Add(Make("repeat", [Int, Str], Str, a => Repeat((long)a[0]!, (string)a[1]!)));
        t.Add(Make("trimall", [Str, Str], Str, a => ((string)a[1]!).Trim(((string)a[0]!).ToCharArray())));
        t.Add(Make("trimAll", [Str, Str], Str, a => ((string)a[1]!).Trim(((string)a[0]!).ToCharArray())));
        t.Add(Make("trimSuffix", [Str, Str], Str, a => TrimSuffix((string)a[1]!, (string)a[0]!)));
        t.Add(Make("trimPrefix", [Str, Str], Str, a => TrimPrefix((string)a[1]!, (string)a[0]!)));
        t.Add(Make("nospace", [Str], Str, a => string.Concat(((string)a[0]!).Where(c => !char.IsWhiteSpace(c)))));
        t.Add(Make("initials", [Str], Str, a => Initials((string)a[0]!)));
        t.Add(Make("swapcase", [Str], Str, a => SwapCase((string)a[0]!)));
        t.Add(Make("snakecase", [Str], Str, a => CaseWords.Snake((string)a[0]!, '_')));
        t.Add(Make("kebabcase", [Str], Str, a => CaseWords.Snake((string)a[0]!, '-')));
        t.Add(Make("camelcase", [Str], Str, a => CaseWords.Pascal((string)a[0]!)));
        t.Add(Make("wrap", [Int, Str], Str, a => SprigText.Wrap((string)a[1]!, (int)(long)a[0]!, "\n")));
        t.Add(Make("wrapWith", [Int, Str, Str], Str, a => SprigText.Wrap((string)a[2]!, (int)(long)a[0]!, (string)a[1]!)));
        t.Add(Make("contains", [Str, Str], Bool, a => ((string)a[1]!).Contains((string)a[0]!, StringComparison.Ordinal)));
        t.Add(Make("hasPrefix", [Str, Str], Bool, a => ((string)a[1]!).StartsWith((string)a[0]!, StringComparison.Ordinal)));
        t.Add(Make("hasSuffix", [Str, Str], Bool, a => ((string)a[1]!).EndsWith((string)a[0]!, StringComparison.Ordinal)));
        t.Add(Variadic("quote", [Any], Str, a => string.Join(' ', a.Where(x => x is not null).Select(x => GoQuote.Quote(Cast.Str(x))))));
        t.Add(Variadic("squote", [Any], Str, a => string.Join(' ', a.Where(x => x is not null).Select(x => "'" + Cast.Str(x) + "'"))));
        t.Add(Variadic("cat", [Any], Str, a => GoFormat.Sprint([string.Join(' ', a.Where(x => x is not null).Select(x => GoFormat.ToString(x)))])));
        t.Add(Make("indent", [Int, Str], Str, a => SprigText.Indent((long)a[0]!, (string)a[1]!)));
        t.Add(Make("nindent", [Int, Str], Str, a => "\n" + SprigText.Indent((long)a[0]!, (string)a[1]!)));
        t.Add(Make("replace", [Str, Str, Str], Str, a => SprigText.Replace((string)a[2]!, (string)a[0]!, (string)a[1]!)));
        t.Add(Make("plural", [Str, Str, Int], Str, a => (long)a[2]! == 1 ? a[0] : a[1]));
        t.Add(Make("toString", [Any], Str, a => Cast.Str(a[0])));
        t.Add(Make("atoi", [Str], Int, a => Cast.Atoi((string)a[0]!)));
        t.Add(Make("int64", [Any], GoTypes.Int64, a => Cast.I64(Cast.ToInt64(a[0]))));
        t.Add(Make("int", [Any], Int, a => Cast.ToInt64(a[0])));
        t.Add(Make("float64", [Any], GoTypes.Float64, a => Cast.ToFloat64(a[0])));
        t.Add(Make("split", [Str, Str], GoTypes.MapOfString, a => SprigText.Split((string)a[1]!, (string)a[0]!, -1)));
        t.Add(Make("splitn", [Str, Int, Str], GoTypes.MapOfString, a => SprigText.Split((string)a[2]!, (string)a[0]!, (long)a[1]!)));
        t.Add(Make("splitList", [Str, Str], GoTypes.SliceOfString, a => SprigText.GoSplit((string)a[1]!, (string)a[0]!, -1)));
        t.Add(Make("join", [Str, Any], Str, a => string.Join((string)a[0]!, SprigText.Strslice(a[1]))));
        t.Add(Make("toStrings", [Any], GoTypes.SliceOfString, a => SprigText.Strslice(a[0])));
        t.Add(Make("sortAlpha", [Any], GoTypes.SliceOfString, a => SprigText.SortAlpha(a[0])));
    }

    public static readonly char[] GoSpace = [' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00a0'];

    private static string Abbrev(long width, string s)
    {
        if (width < 4 || s.Length <= width)
        {
            return s;
        }

        return s[..(int)(width - 3)] + "...";
    }

    private static string AbbrevBoth(long left, long right, string s)
    {
        if (right < 4 || (left > 0 && right < 7))
        {
            return s;
        }

        if (s.Length <= right)
        {
            return s;
        }

        var offset = (int)Math.Min(left, s.Length);
        if (offset <= 4)
        {
            return Abbrev(right, s);
        }

        if (s.Length - offset < right - 3)
        {
            offset = s.Length - (int)(right - 3);
        }

        return "..." + Abbrev(right - 3, s[offset..]);
    }

    private static string Trunc(long c, string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        if (c < 0 && b.Length + c > 0)
        {
            return Bytes(b, (int)(b.Length + c), b.Length);
        }

        if (c >= 0 && b.Length > c)
        {
            return Bytes(b, 0, (int)c);
        }

        return s;
    }

    /// <summary>A byte range of UTF-8 text as a string; a cut multi-byte character becomes U+FFFD.</summary>
    public static string Bytes(byte[] b, int from, int to) => Encoding.UTF8.GetString(b, from, to - from);

    private static string Substr(long start, long end, string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        if (start < 0)
        {
            return Bytes(b, 0, (int)Math.Min(end, b.Length));
        }

        if (end < 0 || end > b.Length)
        {
            return start > b.Length ? "" : Bytes(b, (int)start, b.Length);
        }

        return start > end ? throw new TemplateFunctionException($"runtime error: slice bounds out of range [{start}:{end}]") : Bytes(b, (int)start, (int)end);
    }

    private static string Repeat(long count, string s)
    {
        if (count < 0)
        {
            throw new TemplateFunctionException("strings: negative Repeat count");
        }

        if (s.Length * count > 64 * 1024 * 1024)
        {
            throw new TemplateFunctionException("strings: Repeat output length overflow");
        }

        return new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
    }

    private static string TrimSuffix(string s, string suffix) => suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;

    private static string TrimPrefix(string s, string prefix) => prefix.Length > 0 && s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prev = ' ';
        foreach (var c in s)
        {
            sb.Append(IsSeparator(prev) ? char.ToUpperInvariant(c) : c);
            prev = c;
        }

        return sb.ToString();
    }

    private static bool IsSeparator(char c) =>
        c < 0x80 ? !(char.IsAsciiLetterOrDigit(c) || c == '_') : !char.IsLetterOrDigit(c) && char.IsWhiteSpace(c);

    private static string Untitle(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prev = ' ';
        foreach (var c in s)
        {
            sb.Append(char.IsWhiteSpace(prev) ? char.ToLowerInvariant(c) : c);
            prev = c;
        }

        return sb.ToString();
    }

    private static string Initials(string s)
    {
        var sb = new StringBuilder();
        var prev = ' ';
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(prev) && !char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }

            prev = c;
        }

        return sb.ToString();
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prevSpace = true;
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLower(c))
            {
                sb.Append(prevSpace ? char.ToUpperInvariant(c) : char.ToUpperInvariant(c));
            }
            else
            {
                sb.Append(c);
            }

            prevSpace = char.IsWhiteSpace(c);
        }

        return sb.ToString();
    }
}
