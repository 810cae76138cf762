using System.Security.Cryptography;
using System.Text;
using Rampart.Regex;
using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's encodings, hashes, regular expressions (RE2, linear time) and path functions.</summary>
internal static class SprigEncoding
{
    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Make("b64enc", [Str], Str, a => Convert.ToBase64String(Encoding.UTF8.GetBytes((string)a[0]!))));
        t.Add(Make("b64dec", [Str], Str, a => B64Dec((string)a[0]!)));
        t.Add(Make("b32enc", [Str], Str, a => Base32.Encode(Encoding.UTF8.GetBytes((string)a[0]!))));
        t.Add(Make("b32dec", [Str], Str, a => Base32.Decode((string)a[0]!)));
        #pragma warning disable CA5350 // sha1sum is a template function whose output must equal SHA-1's; it protects nothing here
        t.Add(Make("sha1sum", [Str], Str, a => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes((string)a[0]!)))));
#pragma warning restore CA5350
        t.Add(Make("sha256sum", [Str], Str, a => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((string)a[0]!)))));
        t.Add(Make("sha512sum", [Str], Str, a => Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes((string)a[0]!)))));
        t.Add(Make("adler32sum", [Str], Str, a => Adler32(Encoding.UTF8.GetBytes((string)a[0]!)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        t.Add(Make("regexMatch", [Str, Str], Bool, a => TryRegex((string)a[0]!, out var r) && r.IsMatch((string)a[1]!)));
        t.Add(Make("mustRegexMatch", [Str, Str], Bool, a => Regex((string)a[0]!).IsMatch((string)a[1]!)));
        t.Add(Make("regexFind", [Str, Str], Str, a => Regex((string)a[0]!, must: true).Find((string)a[1]!)?.Value ?? ""));
        t.Add(Make("mustRegexFind", [Str, Str], Str, a => Regex((string)a[0]!).Find((string)a[1]!)?.Value ?? ""));
        t.Add(Make("regexFindAll", [Str, Str, Int], GoTypes.SliceOfString, a => FindAll((string)a[0]!, (string)a[1]!, (long)a[2]!)));
        t.Add(Make("mustRegexFindAll", [Str, Str, Int], GoTypes.SliceOfString, a => FindAll((string)a[0]!, (string)a[1]!, (long)a[2]!)));
        t.Add(Make("regexReplaceAll", [Str, Str, Str], Str, a => ReplaceAll((string)a[0]!, (string)a[1]!, (string)a[2]!, false)));
        t.Add(Make("mustRegexReplaceAll", [Str, Str, Str], Str, a => ReplaceAll((string)a[0]!, (string)a[1]!, (string)a[2]!, false)));
        t.Add(Make("regexReplaceAllLiteral", [Str, Str, Str], Str, a => ReplaceAll((string)a[0]!, (string)a[1]!, (string)a[2]!, true)));
        t.Add(Make("mustRegexReplaceAllLiteral", [Str, Str, Str], Str, a => ReplaceAll((string)a[0]!, (string)a[1]!, (string)a[2]!, true)));
        t.Add(Make("regexSplit", [Str, Str, Int], GoTypes.SliceOfString, a => Split((string)a[0]!, (string)a[1]!, (long)a[2]!)));
        t.Add(Make("mustRegexSplit", [Str, Str, Int], GoTypes.SliceOfString, a => Split((string)a[0]!, (string)a[1]!, (long)a[2]!)));
        t.Add(Make("regexQuoteMeta", [Str], Str, a => QuoteMeta((string)a[0]!)));
        t.Add(Make("base", [Str], Str, a => GoPath.Base((string)a[0]!)));
        t.Add(Make("dir", [Str], Str, a => GoPath.Dir((string)a[0]!)));
        t.Add(Make("clean", [Str], Str, a => GoPath.Clean((string)a[0]!)));
        t.Add(Make("ext", [Str], Str, a => GoPath.Ext((string)a[0]!)));
        t.Add(Make("isAbs", [Str], Bool, a => ((string)a[0]!).StartsWith('/')));
        t.Add(Make("osBase", [Str], Str, a => GoPath.Base((string)a[0]!)));
        t.Add(Make("osDir", [Str], Str, a => GoPath.Dir((string)a[0]!)));
        t.Add(Make("osClean", [Str], Str, a => GoPath.Clean((string)a[0]!)));
        t.Add(Make("osExt", [Str], Str, a => GoPath.Ext((string)a[0]!)));
        t.Add(Make("osIsAbs", [Str], Bool, a => ((string)a[0]!).StartsWith('/')));
        t.Add(Make("uuidv4", [], Str, _ => Guid.NewGuid().ToString()));
        t.Add(Make("randAlphaNum", [Int], Str, a => Random((long)a[0]!, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")));
        t.Add(Make("randAlpha", [Int], Str, a => Random((long)a[0]!, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")));
        t.Add(Make("randNumeric", [Int], Str, a => Random((long)a[0]!, "0123456789")));
        t.Add(Make("randAscii", [Int], Str, a => Random((long)a[0]!, string.Concat(Enumerable.Range(32, 95).Select(i => (char)i)))));
        t.Add(Make("randBytes", [Int], Str, a => (long)a[0]! is >= 0 and <= 1_000_000 ? Convert.ToBase64String(RandomNumberGenerator.GetBytes((int)(long)a[0]!)) : throw new TemplateFunctionException("randBytes: count out of range")));
        t.Add(Make("bcrypt", [Str], Str, a => Bcrypt.Generate((string)a[0]!)));
        t.Add(Make("htpasswd", [Str, Str], Str, a => ((string)a[0]!).Contains(':', StringComparison.Ordinal) ? $"invalid username: {a[0]}" : $"{a[0]}:{Bcrypt.Generate((string)a[1]!)}"));
        t.Add(Make("encryptAES", [Str, Str], Str, a => SprigCrypto.EncryptAes((string)a[0]!, (string)a[1]!)));
        t.Add(Make("decryptAES", [Str, Str], Str, a => SprigCrypto.DecryptAes((string)a[0]!, (string)a[1]!)));
        t.Add(Make("urlParse", [Str], GoTypes.MapOfAny, a => SprigUrls.Parse((string)a[0]!)));
        t.Add(Make("urlJoin", [GoTypes.MapOfAny], Str, a => SprigUrls.Join((IDictionary<string, object?>)a[0]!)));
        t.Add(Make("shuffle", [Str], Str, a => string.Concat(((string)a[0]!).OrderBy(_ => System.Random.Shared.Next()))));
    }

    private static string B64Dec(string s) => TryB64(s, out var bytes, out var error) ? Encoding.UTF8.GetString(bytes) : error;

    /// <summary>base64.StdEncoding.DecodeString: the bytes, or Go's error text.</summary>
    public static bool TryB64(string s, out byte[] bytes, out string error)
    {
        error = "";
        try
        {
            bytes = Convert.FromBase64String(s);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            var i = 0;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '+' or '/'))
            {
                i++;
            }

            error = $"illegal base64 data at input byte {(i < s.Length ? i : i - (i % 4))}";
            return false;
        }
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    private static bool TryRegex(string pattern, out Re2Regex regex) => Re2Regex.TryCompile(pattern, out regex!, out _);

    private static Re2Regex Regex(string pattern, bool must = false)
    {
        if (Re2Regex.TryCompile(pattern, out var r, out var e))
        {
            return r;
        }

        var core = $"error parsing regexp: {GoMessage(e.Code)}: `{pattern}`";
        throw new TemplateFunctionException(must ? $"regexp: Compile(`{pattern}`): {core}" : core);
    }

    private static string GoMessage(Re2ErrorCode code) => code switch
    {
        Re2ErrorCode.BadEscape => "invalid escape sequence",
        Re2ErrorCode.BadCharRange => "invalid character class range",
        Re2ErrorCode.MissingBracket or Re2ErrorCode.BadCharClass => "missing closing ]",
        Re2ErrorCode.MissingParen => "missing closing )",
        Re2ErrorCode.UnexpectedParen => "unexpected )",
        Re2ErrorCode.TrailingBackslash => "trailing backslash at end of expression",
        Re2ErrorCode.RepeatArgument => "missing argument to repetition operator",
        Re2ErrorCode.RepeatSize => "invalid repeat count",
        Re2ErrorCode.RepeatOp => "invalid nested repetition operator",
        _ => "invalid or unsupported Perl syntax",
    };

    private static string[] FindAll(string pattern, string s, long n) =>
        n == 0 ? [] : [.. Regex(pattern).FindAll(s, n < 0 ? -1 : (int)Math.Min(n, int.MaxValue)).Select(m => m.Value)];

    private static string ReplaceAll(string pattern, string s, string repl, bool literal)
    {
        var re = Regex(pattern);
        var sb = new StringBuilder();
        var last = 0;
        foreach (var m in re.FindAll(s))
        {
            sb.Append(s, last, m.Index - last);
            if (literal)
            {
                sb.Append(repl);
            }
            else
            {
                Expand(sb, repl, re, m);
            }

            last = m.Index + m.Length;
        }

        sb.Append(s, last, s.Length - last);
        return sb.ToString();
    }

    private static void Expand(StringBuilder sb, string template, Re2Regex re, Re2Match m)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '$' || i + 1 >= template.Length)
            {
                sb.Append(template[i]);
                continue;
            }

            if (template[i + 1] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            string name;
            var braced = template[i + 1] == '{';
            var j = i + (braced ? 2 : 1);
            var start = j;
            while (j < template.Length && (char.IsAsciiLetterOrDigit(template[j]) || template[j] == '_'))
            {
                j++;
            }

            if (j == start || (braced && (j >= template.Length || template[j] != '}')))
            {
                sb.Append('$');
                continue;
            }

            name = template[start..j];
            i = braced ? j : j - 1;
            var group = int.TryParse(name, out var num) ? (num <= re.GroupCount ? m.Groups[num] : null) : m.Group(name);
            sb.Append(group?.Value);
        }
    }

    private static string[] Split(string pattern, string s, long n)
    {
        if (n == 0)
        {
            return [];
        }

        var re = Regex(pattern);
        if (pattern.Length > 0 && s.Length == 0)
        {
            return [""];
        }

        var result = new List<string>();
        var beg = 0;
        foreach (var m in re.FindAll(s))
        {
            if (n > 0 && result.Count == n - 1)
            {
                break;
            }

            if (m.Length == 0 && m.Index == 0)
            {
                continue;
            }

            result.Add(s[beg..m.Index]);
            beg = m.Index + m.Length;
        }

        result.Add(s[beg..]);
        return [.. result];
    }

    private static string QuoteMeta(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Random(long n, string alphabet)
    {
        if (n < 0 || n > 1_000_000)
        {
            throw new TemplateFunctionException($"random string length {n} is out of range");
        }

        return string.Concat(Enumerable.Range(0, (int)n).Select(_ => alphabet[System.Random.Shared.Next(alphabet.Length)]));
    }
}
