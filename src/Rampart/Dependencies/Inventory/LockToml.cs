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
    private readonly TomlCursor cursor;
    private readonly Dictionary<LockNode, List<KeyValuePair<string, LockNode>>> tables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LockNode, List<LockNode>> arrays = new(ReferenceEqualityComparer.Instance);

    private LockToml(string text) => cursor = new TomlCursor(text);

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
            cursor.SkipBlank(newlines: true);
            if (cursor.AtEnd)
            {
                return root;
            }

            if (cursor.Peek() == '[')
            {
                var arrayOfTables = cursor.PeekAt(1) == '[';
                cursor.Advance(arrayOfTables ? 2 : 1);
                var keys = Keys();
                cursor.Expect(']');
                if (arrayOfTables)
                {
                    cursor.Expect(']');
                }

                current = arrayOfTables ? AppendTable(root, keys) : Table(root, keys, cursor.Line);
            }
            else
            {
                KeyValue(current, 0);
            }

            cursor.EndOfLine();
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
        var parent = Table(root, keys[..^1], cursor.Line);
        var last = keys[^1];
        var array = parent[last];
        if (array is null)
        {
            array = new LockNode(JsonValueKind.Array, cursor.Line) { Items = new List<LockNode>() };
            arrays[array] = (List<LockNode>)array.Items;
            tables[parent].Add(new(last, array));
        }
        else if (!arrays.ContainsKey(array))
        {
            throw new LockfileFormatException(cursor.Line, $"'{last}' is not an array of tables");
        }

        var table = NewTable(cursor.Line);
        arrays[array].Add(table);
        return table;
    }

    private void KeyValue(LockNode table, int depth)
    {
        var at = cursor.Line;
        var keys = Keys();
        cursor.Expect('=');
        cursor.SkipBlank(newlines: false);
        var value = Value(depth);
        var target = Table(table, keys[..^1], at);
        tables[target].Add(new(keys[^1], value));
    }

    private List<string> Keys()
    {
        var keys = new List<string>();
        while (true)
        {
            cursor.SkipBlank(newlines: false);
            keys.Add(cursor.Peek() is '"' or '\'' ? cursor.StringValue() : BareKey());
            cursor.SkipBlank(newlines: false);
            if (cursor.Peek() != '.')
            {
                return keys;
            }

            cursor.Advance();
        }
    }

    private string BareKey()
    {
        var key = cursor.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return key.Length > 0 ? key : throw cursor.Error("a key was expected");
    }

    private LockNode Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw cursor.Error("values nest too deeply");
        }

        var at = cursor.Line;
        switch (cursor.Peek())
        {
            case '"' or '\'':
                return new LockNode(JsonValueKind.String, at) { Text = cursor.StringValue() };
            case '[':
                cursor.Advance();
                var items = new List<LockNode>();
                while (true)
                {
                    cursor.SkipBlank(newlines: true);
                    if (cursor.Peek() == ']')
                    {
                        cursor.Advance();
                        return new LockNode(JsonValueKind.Array, at) { Items = items };
                    }

                    items.Add(Value(depth + 1));
                    cursor.SkipBlank(newlines: true);
                    if (cursor.Peek() == ',')
                    {
                        cursor.Advance();
                    }
                    else if (cursor.Peek() != ']')
                    {
                        throw cursor.Error("',' or ']' was expected in an array");
                    }
                }

            case '{':
                cursor.Advance();
                var table = NewTable(at);
                cursor.SkipBlank(newlines: false);
                while (cursor.Peek() != '}')
                {
                    KeyValue(table, depth + 1);
                    cursor.SkipBlank(newlines: false);
                    if (cursor.Peek() == ',')
                    {
                        cursor.Advance();
                        cursor.SkipBlank(newlines: false);
                    }
                    else if (cursor.Peek() != '}')
                    {
                        throw cursor.Error("',' or '}' was expected in an inline table");
                    }
                }

                cursor.Advance();
                return table;
            default:
                var raw = cursor.TakeWhile(c => c is not (',' or ']' or '}' or '\n' or '\r' or '#')).TrimEnd();
                return raw switch
                {
                    "" => throw cursor.Error("a value was expected"),
                    "true" => new LockNode(JsonValueKind.True, at) { Text = raw },
                    "false" => new LockNode(JsonValueKind.False, at) { Text = raw },
                    _ when char.IsAsciiDigit(raw[0]) || raw[0] is '+' or '-' || raw is "inf" or "nan" => new LockNode(JsonValueKind.Number, at) { Text = raw },
                    _ => throw cursor.Error($"'{raw}' is not a TOML value"),
                };
        }
    }

}
