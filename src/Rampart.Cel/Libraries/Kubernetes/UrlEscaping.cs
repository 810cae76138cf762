using System.Text;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Percent-escaping as Go's net/url does it. Text here is a "byte string": one char per byte
/// (0..255), so that escapes which produce invalid UTF-8 behave as they do in Go.
/// </summary>
internal static class UrlEscaping
{
    private const string UpperHex = "0123456789ABCDEF";

    public static string ToByteString(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    public static string FromByteString(string bytes) => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(bytes));

    public static bool ShouldEscape(char c, UrlEncoding mode)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return false;
        }

        if ((mode == UrlEncoding.Host || mode == UrlEncoding.Zone) && "!$&'()*+,;=:[]<>\"".Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        switch (c)
        {
            case '-' or '_' or '.' or '~':
                return false;
            case '$' or '&' or '+' or ',' or '/' or ':' or ';' or '=' or '?' or '@':
                return mode switch
                {
                    UrlEncoding.Path => c == '?',
                    UrlEncoding.PathSegment => c is '/' or ';' or ',' or '?',
                    UrlEncoding.UserPassword => c is '@' or '/' or '?' or ':',
                    UrlEncoding.QueryComponent => true,
                    UrlEncoding.Fragment => false,
                    _ => true,
                };
        }

        if (mode == UrlEncoding.Fragment && c is '!' or '(' or ')' or '*')
        {
            return false;
        }

        return true;
    }

    public static string Escape(string bytes, UrlEncoding mode)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var c in bytes)
        {
            if (!ShouldEscape(c, mode))
            {
                builder.Append(c);
            }
            else if (c == ' ' && mode == UrlEncoding.QueryComponent)
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(UpperHex[c >> 4]).Append(UpperHex[c & 15]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes %XX escapes (and '+' in query components); returns Go's error text on failure.</summary>
    public static string? Unescape(string bytes, UrlEncoding mode, out string result)
    {
        result = string.Empty;
        for (var i = 0; i < bytes.Length;)
        {
            var c = bytes[i];
            if (c == '%')
            {
                if (i + 2 >= bytes.Length || !IsHex(bytes[i + 1]) || !IsHex(bytes[i + 2]))
                {
                    var bad = bytes[i..];
                    return EscapeError(bad.Length > 3 ? bad[..3] : bad);
                }

                var escaped = bytes.Substring(i, 3);
                var value = (HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]);
                if (mode == UrlEncoding.Host && HexValue(bytes[i + 1]) < 8 && escaped != "%25")
                {
                    return EscapeError(escaped);
                }

                if (mode == UrlEncoding.Zone && escaped != "%25" && value != ' ' && ShouldEscape((char)value, UrlEncoding.Host))
                {
                    return EscapeError(escaped);
                }

                i += 3;
            }
            else
            {
                if ((mode == UrlEncoding.Host || mode == UrlEncoding.Zone) && c < 0x80 && ShouldEscape(c, mode))
                {
                    return "invalid character " + Extensions.GoQuote.Quote(c.ToString()) + " in host name";
                }

                i++;
            }
        }

        var builder = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = bytes[i];
            if (c == '%')
            {
                builder.Append((char)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2])));
                i += 2;
            }
            else
            {
                builder.Append(c == '+' && mode == UrlEncoding.QueryComponent ? ' ' : c);
            }
        }

        result = builder.ToString();
        return null;
    }

    /// <summary>Go's validEncoded: true when the raw text only uses characters the path may carry.</summary>
    public static bool ValidEncoded(string bytes, UrlEncoding mode)
    {
        foreach (var c in bytes)
        {
            if ("!$&'()*+,;=:@[]%".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (ShouldEscape(c, mode))
            {
                return false;
            }
        }

        return true;
    }

    private static string EscapeError(string text) => "invalid URL escape " + Extensions.GoQuote.Quote(FromByteString(text));

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
