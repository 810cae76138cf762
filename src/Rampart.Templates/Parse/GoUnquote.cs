using System.Globalization;
using System.Text;

namespace Rampart.Templates.Parse;

/// <summary>Go's strconv.Unquote and UnquoteChar for string, raw string and character literals.</summary>
internal static class GoUnquote
{
    public static bool TryUnquote(string quoted, out string text)
    {
        text = "";
        if (quoted.Length < 2)
        {
            return false;
        }

        var q = quoted[0];
        if (q != quoted[^1])
        {
            return false;
        }

        var body = quoted[1..^1];
        if (q == '`')
        {
            if (body.Contains('`', StringComparison.Ordinal))
            {
                return false;
            }

            text = body.Replace("\r", "", StringComparison.Ordinal);
            return true;
        }

        if (q != '"' && q != '\'')
        {
            return false;
        }

        if (!body.Contains('\\', StringComparison.Ordinal) && !body.Contains(q, StringComparison.Ordinal))
        {
            text = body;
            return q == '"' || body.EnumerateRunes().Count() == 1;
        }

        var sb = new StringBuilder();
        var rest = body.AsSpan();
        while (rest.Length > 0)
        {
            if (rest[0] == q && q == '\'')
            {
                return false;
            }

            var (ok, value, tail) = UnquoteChar(rest, q);
            if (!ok)
            {
                return false;
            }

            if (value < 0)
            {
                sb.Append((char)-value); // a raw byte from \x or octal; kept as its code point
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(value));
            }

            rest = tail.AsSpan();
        }

        text = sb.ToString();
        return true;
    }

    /// <summary>
    /// Decodes the first character or escape of <paramref name="s"/>; returns the code point (a raw byte from
    /// <c>\x</c> or octal escapes as a negative number, except in character constants) and the rest.
    /// </summary>
    public static (bool Ok, int Value, string Tail) UnquoteChar(ReadOnlySpan<char> s, char quote)
    {
        if (s.Length == 0)
        {
            return (false, 0, "");
        }

        if (s[0] == quote && (quote == '\'' || quote == '"'))
        {
            return (false, 0, "");
        }

        if (s[0] != '\\')
        {
            var rune = Rune.DecodeFromUtf16(s, out var r, out var used) == System.Buffers.OperationStatus.Done ? r.Value : 0xFFFD;
            return (true, rune, s[Math.Max(1, used)..].ToString());
        }

        if (s.Length <= 1)
        {
            return (false, 0, "");
        }

        var c = s[1];
        s = s[2..];
        switch (c)
        {
            case 'a': return (true, 7, s.ToString());
            case 'b': return (true, 8, s.ToString());
            case 'f': return (true, 12, s.ToString());
            case 'n': return (true, 10, s.ToString());
            case 'r': return (true, 13, s.ToString());
            case 't': return (true, 9, s.ToString());
            case 'v': return (true, 11, s.ToString());
            case 'x' or 'u' or 'U':
                var n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (s.Length < n || !int.TryParse(s[..n], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
                {
                    return (false, 0, "");
                }

                if (c != 'x' && (!Rune.IsValid(v)))
                {
                    return (false, 0, "");
                }

                return (true, c == 'x' && quote != '\'' && v >= 0x80 ? -v : v, s[n..].ToString());
            case >= '0' and <= '7':
                if (s.Length < 2)
                {
                    return (false, 0, "");
                }

                var octal = c - '0';
                for (var i = 0; i < 2; i++)
                {
                    var d = s[i] - '0';
                    if (d is < 0 or > 7)
                    {
                        return (false, 0, "");
                    }

                    octal = (octal * 8) + d;
                }

                return octal > 255 ? (false, 0, "") : (true, quote != '\'' && octal >= 0x80 ? -octal : octal, s[2..].ToString());
            case '\\':
                return (true, '\\', s.ToString());
            case '\'' or '"':
                return c != quote ? (false, 0, "") : (true, c, s.ToString());
            default:
                return (false, 0, "");
        }
    }
}
