using System.Globalization;
using System.Text;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Where <see cref="LockToml"/> stands in the text: the position and line, blanks and comments skipped, strings
/// (basic with escapes, literal, multi-line) read, and errors made with the current line.
/// </summary>
internal sealed class TomlCursor(string text)
{
    private int position;

    public int Line { get; private set; } = 1;

    public bool AtEnd => position >= text.Length;

    public char Peek() => position < text.Length ? text[position] : '\0';

    public char PeekAt(int offset) => position + offset < text.Length ? text[position + offset] : '\0';

    public void Advance(int count = 1) => position += count;

    /// <summary>Reads characters while <paramref name="take"/> holds.</summary>
    public string TakeWhile(Func<char, bool> take)
    {
        var start = position;
        while (position < text.Length && take(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    public string StringValue()
    {
        var quote = text[position];
        var multiline = string.CompareOrdinal(text, position, new string(quote, 3), 0, 3) == 0;
        position += multiline ? 3 : 1;
        if (multiline && Peek() == '\n')
        {
            position++;
            Line++;
        }

        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("the string is not closed");
            }

            var c = text[position];
            if (c == quote && (!multiline || string.CompareOrdinal(text, position, new string(quote, 3), 0, 3) == 0))
            {
                position += multiline ? 3 : 1;
                return builder.ToString();
            }

            if (c == '\n')
            {
                if (!multiline)
                {
                    throw Error("the string is not closed on its line");
                }

                Line++;
            }

            position++;
            if (c == '\\' && quote == '"')
            {
                builder.Append(Escape());
                continue;
            }

            builder.Append(c);
        }
    }

    private string Escape()
    {
        var c = position < text.Length ? text[position++] : throw Error("the string is not closed");
        switch (c)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u' or 'U':
                var length = c == 'u' ? 4 : 8;
                if (position + length > text.Length
                    || !int.TryParse(text.AsSpan(position, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    || code is < 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                {
                    throw Error("invalid unicode escape");
                }

                position += length;
                return char.ConvertFromUtf32(code);
            case '\n':
                Line++;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    Line += text[position++] == '\n' ? 1 : 0;
                }

                return "";
            default:
                throw Error($"invalid escape '\\{c}'");
        }
    }

    public void SkipBlank(bool newlines)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r')
            {
                position++;
            }
            else if (c == '\n' && newlines)
            {
                position++;
                Line++;
            }
            else if (c == '#')
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

    public void EndOfLine()
    {
        SkipBlank(newlines: false);
        if (position < text.Length && text[position] != '\n')
        {
            throw Error($"unexpected '{text[position]}' after a value");
        }
    }

    public void Expect(char c)
    {
        SkipBlank(newlines: false);
        if (Peek() != c)
        {
            throw Error($"'{c}' was expected");
        }

        position++;
    }

    public LockfileFormatException Error(string message) => new(Line, "invalid TOML: " + message);
}
