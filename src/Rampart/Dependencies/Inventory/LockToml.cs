using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Reads the part of TOML that lockfiles use (<c>Cargo.lock</c>, <c>poetry.lock</c>, <c>uv.lock</c>) into a
/// <see cref="LockNode"/> tree: tables and arrays of tables with dotted or quoted names, key/value pairs, strings
/// (basic, literal, multi-line), numbers, booleans and dates as written, arrays and inline tables. Nesting is bounded.
/// Anything else throws <see cref="LockfileFormatException"/> with its line.
/// </summary>
internal sealed class LockToml
{
    private const int MaxDepth = 64;
    private readonly string text;
    private readonly Dictionary<LockNode, List<KeyValuePair<string, LockNode>>> tables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LockNode, List<LockNode>> arrays = new(ReferenceEqualityComparer.Instance);
    private int position;
    private int line = 1;

    private LockToml(string text) => this.text = text;

    public static LockNode Parse(ReadOnlyMemory<byte> content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content.Span).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new LockfileFormatException(1, "the file is not valid UTF-8");
        }

        return new LockToml(text).Document();
    }

    private LockNode Document()
    {
        var root = NewTable(1);
        var current = root;
        while (true)
        {
            SkipBlank(newlines: true);
            if (position >= text.Length)
            {
                return root;
            }

            if (text[position] == '[')
            {
                var arrayOfTables = position + 1 < text.Length && text[position + 1] == '[';
                position += arrayOfTables ? 2 : 1;
                var keys = Keys();
                Expect(']');
                if (arrayOfTables)
                {
                    Expect(']');
                }

                current = arrayOfTables ? AppendTable(root, keys) : Table(root, keys, line);
            }
            else
            {
                KeyValue(current, 0);
            }

            EndOfLine();
        }
    }

    private LockNode NewTable(int at)
    {
        var node = new LockNode(JsonValueKind.Object, at) { Properties = new List<KeyValuePair<string, LockNode>>() };
        tables[node] = (List<KeyValuePair<string, LockNode>>)node.Properties;
        return node;
    }

    private LockNode Table(LockNode from, List<string> keys, int at)
    {
        var table = from;
        foreach (var key in keys)
        {
            var next = table[key];
            if (next is null)
            {
                next = NewTable(at);
                tables[table].Add(new(key, next));
            }
            else if (next.Kind == JsonValueKind.Array && arrays.TryGetValue(next, out var items) && items.Count > 0)
            {
                next = items[^1];
            }
            else if (!tables.ContainsKey(next))
            {
                throw new LockfileFormatException(at, $"'{key}' is a value, not a table");
            }

            table = next;
        }

        return table;
    }

    private LockNode AppendTable(LockNode root, List<string> keys)
    {
        var parent = Table(root, keys[..^1], line);
        var last = keys[^1];
        var array = parent[last];
        if (array is null)
        {
            array = new LockNode(JsonValueKind.Array, line) { Items = new List<LockNode>() };
            arrays[array] = (List<LockNode>)array.Items;
            tables[parent].Add(new(last, array));
        }
        else if (!arrays.ContainsKey(array))
        {
            throw new LockfileFormatException(line, $"'{last}' is not an array of tables");
        }

        var table = NewTable(line);
        arrays[array].Add(table);
        return table;
    }

    private void KeyValue(LockNode table, int depth)
    {
        var at = line;
        var keys = Keys();
        Expect('=');
        SkipBlank(newlines: false);
        var value = Value(depth);
        var target = Table(table, keys[..^1], at);
        tables[target].Add(new(keys[^1], value));
    }

    private List<string> Keys()
    {
        var keys = new List<string>();
        while (true)
        {
            SkipBlank(newlines: false);
            keys.Add(Peek() is '"' or '\'' ? StringValue() : BareKey());
            SkipBlank(newlines: false);
            if (Peek() != '.')
            {
                return keys;
            }

            position++;
        }
    }

    private string BareKey()
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_'))
        {
            position++;
        }

        return position > start ? text[start..position] : throw Error("a key was expected");
    }

    private LockNode Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("values nest too deeply");
        }

        var at = line;
        switch (Peek())
        {
            case '"' or '\'':
                return new LockNode(JsonValueKind.String, at) { Text = StringValue() };
            case '[':
                position++;
                var items = new List<LockNode>();
                while (true)
                {
                    SkipBlank(newlines: true);
                    if (Peek() == ']')
                    {
                        position++;
                        return new LockNode(JsonValueKind.Array, at) { Items = items };
                    }

                    items.Add(Value(depth + 1));
                    SkipBlank(newlines: true);
                    if (Peek() == ',')
                    {
                        position++;
                    }
                    else if (Peek() != ']')
                    {
                        throw Error("',' or ']' was expected in an array");
                    }
                }

            case '{':
                position++;
                var table = NewTable(at);
                SkipBlank(newlines: false);
                while (Peek() != '}')
                {
                    KeyValue(table, depth + 1);
                    SkipBlank(newlines: false);
                    if (Peek() == ',')
                    {
                        position++;
                        SkipBlank(newlines: false);
                    }
                    else if (Peek() != '}')
                    {
                        throw Error("',' or '}' was expected in an inline table");
                    }
                }

                position++;
                return table;
            default:
                var start = position;
                while (position < text.Length && text[position] is not (',' or ']' or '}' or '\n' or '\r' or '#'))
                {
                    position++;
                }

                var raw = text[start..position].TrimEnd();
                return raw switch
                {
                    "" => throw Error("a value was expected"),
                    "true" => new LockNode(JsonValueKind.True, at) { Text = raw },
                    "false" => new LockNode(JsonValueKind.False, at) { Text = raw },
                    _ when char.IsAsciiDigit(raw[0]) || raw[0] is '+' or '-' || raw is "inf" or "nan" => new LockNode(JsonValueKind.Number, at) { Text = raw },
                    _ => throw Error($"'{raw}' is not a TOML value"),
                };
        }
    }

    private string StringValue()
    {
        var quote = text[position];
        var multiline = string.CompareOrdinal(text, position, new string(quote, 3), 0, 3) == 0;
        position += multiline ? 3 : 1;
        if (multiline && Peek() == '\n')
        {
            position++;
            line++;
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

                line++;
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
                line++;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    line += text[position++] == '\n' ? 1 : 0;
                }

                return "";
            default:
                throw Error($"invalid escape '\\{c}'");
        }
    }

    private void SkipBlank(bool newlines)
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
                line++;
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

    private void EndOfLine()
    {
        SkipBlank(newlines: false);
        if (position < text.Length && text[position] != '\n')
        {
            throw Error($"unexpected '{text[position]}' after a value");
        }
    }

    private void Expect(char c)
    {
        SkipBlank(newlines: false);
        if (Peek() != c)
        {
            throw Error($"'{c}' was expected");
        }

        position++;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private LockfileFormatException Error(string message) => new(line, "invalid TOML: " + message);
}
