using System.Globalization;
using System.Text;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Helm's <c>fromToml</c>: a TOML 1.0 document read as BurntSushi/toml decodes it into a <c>map[string]interface {}</c>
/// (integers <c>int64</c>, floats <c>float64</c>, tables maps, arrays <c>[]interface {}</c>, offset date-times
/// <c>time.Time</c>, local dates and times as their text). On an error the map holds only <c>Error</c>, with the
/// decoder's wording: <c>toml: line N (last key "k"): message</c>.
/// </summary>
internal sealed partial class GoTomlReader(string text)
{
    private const int MaxDepth = 256;
    private readonly GoMap _root = new();
    private readonly HashSet<GoMap> _defined = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    private string _lastKey = "";

    public static GoMap Read(string text)
    {
        var reader = new GoTomlReader(text);
        try
        {
            reader.Document();
            return reader._root;
        }
        catch (FormatException e)
        {
            var line = 1 + text.AsSpan(0, Math.Min(reader._pos, text.Length)).Count('\n');
            var where = reader._lastKey.Length == 0 ? $"line {line}" : $"line {line} (last key {GoQuote.Quote(reader._lastKey)})";
            return new GoMap { ["Error"] = $"toml: {where}: {e.Message}" };
        }
    }

    private char Peek => _pos < text.Length ? text[_pos] : '\0';

    private bool AtEnd => _pos >= text.Length;

    private void Document()
    {
        var table = _root;
        while (true)
        {
            SkipBlank(newlines: true);
            if (AtEnd)
            {
                return;
            }

            if (Peek == '[')
            {
                table = Header();
            }
            else
            {
                KeyValue(table);
            }

            EndOfLine();
        }
    }

    private GoMap Header()
    {
        var array = text.AsSpan(_pos).StartsWith("[[");
        _pos += array ? 2 : 1;
        var key = Key();
        _lastKey = string.Join('.', key);
        Expect(array ? "]]" : "]");
        var table = _root;
        for (var i = 0; i < key.Count - 1; i++)
        {
            table = Descend(table, key[i]);
        }

        var last = key[^1];
        if (array)
        {
            if (!table.TryGetValue(last, out var existing))
            {
                existing = new List<object?>();
                table[last] = existing;
            }

            if (existing is not List<object?> list)
            {
                throw new FormatException($"Key '{_lastKey}' was already created and cannot be used as an array.");
            }

            var item = new GoMap();
            list.Add(item);
            return item;
        }

        if (table.TryGetValue(last, out var current))
        {
            if (current is not GoMap map || !_defined.Add(map))
            {
                throw new FormatException($"Key '{_lastKey}' has already been defined.");
            }

            return map;
        }

        var created = new GoMap();
        table[last] = created;
        _defined.Add(created);
        return created;
    }

    private static GoMap Descend(GoMap table, string key) => table.TryGetValue(key, out var v)
        ? v switch
        {
            GoMap m => m,
            List<object?> { Count: > 0 } l when l[^1] is GoMap m => m,
            _ => throw new FormatException($"Key '{key}' has already been defined."),
        }
        : (GoMap)(table[key] = new GoMap());

    private void KeyValue(GoMap table)
    {
        var key = Key();
        _lastKey = string.Join('.', key);
        SkipBlank(newlines: false);
        if (Peek != '=')
        {
            throw new FormatException(AtEnd ? "unexpected EOF; expected key separator '='" : $"expected key separator '=', but got {GoQuote.QuoteRune(Peek)} instead");
        }

        _pos++;
        SkipBlank(newlines: false);
        var target = table;
        for (var i = 0; i < key.Count - 1; i++)
        {
            target = Descend(target, key[i]);
        }

        if (target.ContainsKey(key[^1]))
        {
            throw new FormatException($"Key '{_lastKey}' has already been defined.");
        }

        target[key[^1]] = Value(0);
    }

    private List<string> Key()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipBlank(newlines: false);
            if (Peek is '"' or '\'')
            {
                parts.Add(String());
            }
            else
            {
                var start = _pos;
                while (Peek is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-')
                {
                    _pos++;
                }

                if (_pos == start)
                {
                    throw new FormatException(AtEnd ? "unexpected EOF; expected key" : $"bare keys cannot contain {GoQuote.QuoteRune(Peek)}");
                }

                parts.Add(text[start.._pos]);
            }

            SkipBlank(newlines: false);
            if (Peek != '.')
            {
                return parts;
            }

            _pos++;
        }
    }

    private void Expect(string s)
    {
        SkipBlank(newlines: false);
        if (!text.AsSpan(_pos).StartsWith(s))
        {
            throw new FormatException(AtEnd ? $"unexpected EOF; expected '{s}'" : $"expected '{s}', but got {GoQuote.QuoteRune(Peek)} instead");
        }

        _pos += s.Length;
    }

    private void EndOfLine()
    {
        SkipBlank(newlines: false);
        if (!AtEnd && Peek is not ('\n' or '\r'))
        {
            throw new FormatException($"expected a top-level item to end with a newline, comment, or EOF, but got {GoQuote.QuoteRune(Peek)} instead");
        }
    }

    private void SkipBlank(bool newlines)
    {
        while (!AtEnd)
        {
            var c = Peek;
            if (c is ' ' or '\t' || (newlines && c is '\n' or '\r'))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (!AtEnd && Peek != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }
}
