using System.Globalization;
using System.Text;

namespace Rampart.Loading;

/// <summary>
/// Reads the scalars of <see cref="BlockReader"/> from the current line of a <see cref="BlockCursor"/>: plain and
/// quoted scalars on one line, and literal and folded block scalars as YAML's reference scanner reads them. Each
/// method returns false for anything it leaves to the full parser.
/// </summary>
internal static class BlockScalars
{
    /// <summary>Whether a plain scalar may start with <paramref name="c"/> here (indicators and reserved characters may not).</summary>
    public static bool CanStartPlain(char c) => c is not ('[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|'
        or '>' or '\'' or '"' or '%' or '@' or '`' or '?' or ':');

    /// <summary>
    /// Finds the end of a plain key that starts at <paramref name="i"/>: returns the index of its colon, and in
    /// <paramref name="end"/> the end of its text; -1 when the line holds no key there.
    /// </summary>
    public static int PlainKey(BlockCursor cursor, int i, out int end)
    {
        var text = cursor.Text;
        end = -1;
        for (var j = i; j < cursor.LineEnd; j++)
        {
            var c = text[j];
            if (c == ':' && (j + 1 == cursor.LineEnd || text[j + 1] == ' '))
            {
                end = j;
                while (text[end - 1] == ' ')
                {
                    end--;
                }

                return j;
            }

            if (c == '#' && text[j - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of a plain value that starts at <paramref name="i"/> and ends its line; -1 when it holds a key indicator.</summary>
    public static int PlainValue(BlockCursor cursor, int i)
    {
        var text = cursor.Text;
        var stop = cursor.LineEnd;
        for (var j = i; j < cursor.LineEnd; j++)
        {
            var c = text[j];
            if (c == ':' && (j + 1 == cursor.LineEnd || text[j + 1] == ' '))
            {
                return -1;
            }

            if (c == '#' && text[j - 1] == ' ')
            {
                stop = j;
                break;
            }
        }

        while (text[stop - 1] == ' ')
        {
            stop--;
        }

        return stop;
    }

    /// <summary>
    /// Reads a quoted scalar that opens at <paramref name="i"/> and closes on the same line into <paramref name="value"/>;
    /// returns the index after the closing quote, or -1.
    /// </summary>
    public static int Quoted(BlockCursor cursor, int i, StringBuilder value)
    {
        value.Clear();
        var text = cursor.Text;
        var quote = text[i];
        var j = i + 1;
        while (j < cursor.LineEnd)
        {
            var c = text[j];
            if (c == quote)
            {
                if (quote == '\'' && j + 1 < cursor.LineEnd && text[j + 1] == '\'')
                {
                    value.Append('\'');
                    j += 2;
                    continue;
                }

                return j + 1;
            }

            if (c == '\\' && quote == '"')
            {
                j = Escape(text, j + 1, cursor.LineEnd, value);
                if (j < 0)
                {
                    return -1;
                }

                continue;
            }

            value.Append(c);
            j++;
        }

        return -1;
    }

    /// <summary>Decodes the escape whose letter is at <paramref name="i"/>; returns the index after it, or -1.</summary>
    private static int Escape(string text, int i, int end, StringBuilder value)
    {
        if (i >= end)
        {
            return -1;
        }

        var simple = text[i] switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001B',
            ' ' => ' ',
            '"' => '"',
            '/' => '/',
            '\\' => '\\',
            'N' => '\u0085',
            '_' => '\u00A0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => (char)0xFFFF,
        };
        if (simple != 0xFFFF)
        {
            value.Append(simple);
            return i + 1;
        }

        var digits = text[i] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || i + digits >= end
            || !uint.TryParse(text.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return -1;
        }

        value.Append(char.ConvertFromUtf32((int)code));
        return i + 1 + digits;
    }
}
