using System.Globalization;
using System.Text;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>
/// Reads the protobuf text format (as the cel-spec test files use it) into <see cref="TextMessage"/> trees:
/// fields with or without a colon, nested messages in braces or angle brackets, repeated values in square
/// brackets, adjacent string literals with C escapes, <c>#</c> comments, and <c>[extension.names]</c>.
/// </summary>
internal sealed class TextProtoReader(string text)
{
    private int position;

    public static TextMessage Read(string text)
    {
        var reader = new TextProtoReader(text);
        var message = reader.ReadFields(endMarker: null);
        return message;
    }

    private TextMessage ReadFields(char? endMarker)
    {
        var message = new TextMessage();
        while (true)
        {
            SkipSpace();
            if (position >= text.Length)
            {
                if (endMarker is not null)
                {
                    throw Error("unexpected end of input");
                }

                return message;
            }

            if (text[position] == endMarker)
            {
                position++;
                return message;
            }

            var name = ReadName();
            SkipSpace();
            var colon = Peek() == ':';
            if (colon)
            {
                position++;
                SkipSpace();
            }

            if (Peek() == '[' && colon)
            {
                position++;
                while (true)
                {
                    SkipSpace();
                    if (Peek() == ']')
                    {
                        position++;
                        break;
                    }

                    message.Add(name, ReadValue());
                    SkipSpace();
                    if (Peek() == ',')
                    {
                        position++;
                    }
                }
            }
            else
            {
                message.Add(name, ReadValue());
            }

            SkipSpace();
            if (Peek() is ',' or ';')
            {
                position++;
            }
        }
    }

    private object ReadValue()
    {
        var c = Peek();
        if (c is '{' or '<')
        {
            position++;
            return ReadFields(c == '{' ? '}' : '>');
        }

        if (c is '"' or '\'')
        {
            var bytes = new List<byte>();
            while (Peek() is '"' or '\'')
            {
                ReadQuoted(bytes);
                SkipSpace();
            }

            return new TextScalar(string.Empty, [.. bytes]);
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '-' or '+' or '.'))
        {
            position++;
        }

        if (start == position)
        {
            throw Error($"unexpected character '{c}'");
        }

        return new TextScalar(text[start..position], null);
    }

    private string ReadName()
    {
        if (Peek() == '[')
        {
            var end = text.IndexOf(']', position);
            if (end < 0)
            {
                throw Error("unterminated extension name");
            }

            var name = text[position..(end + 1)];
            position = end + 1;
            return name;
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return start == position ? throw Error("expected a field name") : text[start..position];
    }

    private void ReadQuoted(List<byte> bytes)
    {
        var quote = text[position++];
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("unterminated string");
            }

            var c = text[position++];
            if (c == quote)
            {
                return;
            }

            if (c != '\\')
            {
                var length = char.IsHighSurrogate(c) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text, position - 1, length));
                position += length - 1;
                continue;
            }

            ReadEscape(bytes);
        }
    }

    private void ReadEscape(List<byte> bytes)
    {
        var e = text[position++];
        switch (e)
        {
            case 'n': bytes.Add((byte)'\n'); break;
            case 'r': bytes.Add((byte)'\r'); break;
            case 't': bytes.Add((byte)'\t'); break;
            case 'a': bytes.Add(7); break;
            case 'b': bytes.Add(8); break;
            case 'f': bytes.Add(12); break;
            case 'v': bytes.Add(11); break;
            case 'x' or 'X':
                var hexStart = position;
                while (position < text.Length && position - hexStart < 2 && char.IsAsciiHexDigit(text[position]))
                {
                    position++;
                }

                bytes.Add(byte.Parse(text.AsSpan(hexStart, position - hexStart), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                break;
            case 'u' or 'U':
                var digits = e == 'u' ? 4 : 8;
                var code = int.Parse(text.AsSpan(position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                position += digits;
                bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code)));
                break;
            case >= '0' and <= '7':
                var value = e - '0';
                for (var k = 0; k < 2 && position < text.Length && text[position] is >= '0' and <= '7'; k++)
                {
                    value = (value * 8) + (text[position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default:
                bytes.AddRange(Encoding.UTF8.GetBytes(e.ToString()));
                break;
        }
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipSpace()
    {
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
            }
            else if (text[position] == '#')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private FormatException Error(string message)
    {
        var line = text.AsSpan(0, Math.Min(position, text.Length)).Count('\n') + 1;
        return new FormatException($"text proto line {line}: {message}");
    }
}
