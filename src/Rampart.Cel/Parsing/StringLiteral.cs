using System.Globalization;
using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>
/// Reads string and bytes literals in all their forms: single, double and triple quotes, raw (<c>r'..'</c>),
/// bytes (<c>b'..'</c>), and the escapes <c>\a \b \f \n \r \t \v \\ \' \" \` \?</c>, <c>\xHH</c>,
/// <c>\uHHHH</c>, <c>\UHHHHHHHH</c> and octal <c>\000</c>.
/// </summary>
internal static class StringLiteral
{
    public static Token Lex(string source, ref int position, int start, bool raw, bool bytes)
    {
        var quote = source[position];
        var triple = position + 2 < source.Length && source[position + 1] == quote && source[position + 2] == quote;
        position += triple ? 3 : 1;
        var text = new StringBuilder();
        var data = bytes ? new List<byte>() : null;
        while (true)
        {
            if (position >= source.Length)
            {
                return Error(start, position, "unterminated string literal");
            }

            var c = source[position];
            if (c == quote && (!triple || (position + 2 < source.Length && source[position + 1] == quote && source[position + 2] == quote)))
            {
                position += triple ? 3 : 1;
                break;
            }

            if (!triple && c is '\n' or '\r')
            {
                return Error(start, position, "newline in string literal");
            }

            if (c == '\\' && !raw)
            {
                var escapeStart = position;
                var error = ReadEscape(source, ref position, text, data);
                if (error is not null)
                {
                    return Error(escapeStart, position, error);
                }

                continue;
            }

            AppendChar(source, ref position, text, data);
        }

        CelValue value = data is not null ? CelBytes.Wrap([.. data]) : CelString.Of(text.ToString());
        return new Token(bytes ? TokenKind.Bytes : TokenKind.String, start, position, null, value);
    }

    private static Token Error(int start, int end, string message) => new(TokenKind.Error, start, end, message);

    private static void AppendChar(string source, ref int position, StringBuilder text, List<byte>? data)
    {
        var c = source[position];
        var length = char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]) ? 2 : 1;
        if (data is not null)
        {
            data.AddRange(Encoding.UTF8.GetBytes(source, position, length));
        }
        else
        {
            text.Append(source, position, length);
        }

        position += length;
    }

    private static string? ReadEscape(string source, ref int position, StringBuilder text, List<byte>? data)
    {
        position++;
        if (position >= source.Length)
        {
            return "unterminated escape sequence";
        }

        var c = source[position++];
        char? simple = c switch
        {
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            '\\' or '\'' or '"' or '`' or '?' => c,
            _ => null,
        };
        if (simple is { } s)
        {
            Append(text, data, s);
            return null;
        }

        switch (c)
        {
            case 'x' or 'X':
                return ReadHex(source, ref position, 2, text, data, asByte: true);
            case 'u':
                return data is not null ? "unicode escape in bytes literal" : ReadHex(source, ref position, 4, text, data, asByte: false);
            case 'U':
                return data is not null ? "unicode escape in bytes literal" : ReadHex(source, ref position, 8, text, data, asByte: false);
            case >= '0' and <= '3':
                if (position + 1 >= source.Length || !IsOctal(source[position]) || !IsOctal(source[position + 1]))
                {
                    return "invalid octal escape";
                }

                var value = ((c - '0') * 64) + ((source[position] - '0') * 8) + (source[position + 1] - '0');
                position += 2;
                AppendCode(text, data, value, asByte: true);
                return null;
            default:
                return $"invalid escape sequence '\\{c}'";
        }
    }

    private static string? ReadHex(string source, ref int position, int digits, StringBuilder text, List<byte>? data, bool asByte)
    {
        if (position + digits > source.Length
            || !int.TryParse(source.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return "invalid hexadecimal escape";
        }

        position += digits;
        // Eight hex digits can overflow int: 0xb0010fff parses as a negative number.
        if (!asByte && (value is < 0 or > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF))
        {
            return "invalid unicode code point in escape";
        }

        AppendCode(text, data, value, asByte);
        return null;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static void Append(StringBuilder text, List<byte>? data, char c)
    {
        if (data is not null)
        {
            data.Add((byte)c);
        }
        else
        {
            text.Append(c);
        }
    }

    /// <summary>In bytes, \x and octal escapes are raw bytes; in strings, they are code points.</summary>
    private static void AppendCode(StringBuilder text, List<byte>? data, int value, bool asByte)
    {
        if (data is not null && asByte)
        {
            data.Add((byte)value);
        }
        else if (data is not null)
        {
            data.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(value)));
        }
        else
        {
            text.Append(char.ConvertFromUtf32(value));
        }
    }
}
