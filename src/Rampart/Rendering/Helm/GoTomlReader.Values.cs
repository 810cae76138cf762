using System.Globalization;
using System.Text;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>TOML values: strings, numbers, booleans, date-times, arrays and inline tables.</summary>
internal sealed partial class GoTomlReader
{
    private object? Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("nesting too deep");
        }

        switch (Peek)
        {
            case '\0' when AtEnd:
                throw new FormatException("unexpected EOF; expected value");
            case '"' or '\'':
                return String();
            case '[':
                return Array(depth);
            case '{':
                return InlineTable(depth);
        }

        var start = _pos;
        while (!AtEnd && Peek is not (',' or ']' or '}' or '#' or '\n' or '\r') && !(Peek == ' ' && !IsDateTimeSpace(start)))
        {
            _pos++;
        }

        var word = text[start.._pos].TrimEnd();
        return Scalar(word) ?? throw new FormatException($"expected value but found {GoQuote.Quote(word)} instead");
    }

    /// <summary>A space inside a date-time (<c>1979-05-27 07:32:00</c>) is part of the value.</summary>
    private bool IsDateTimeSpace(int start) =>
        _pos - start == 10 && text[start + 4] == '-' && _pos + 1 < text.Length && char.IsAsciiDigit(text[_pos + 1]);

    private static object? Scalar(string w)
    {
        switch (w)
        {
            case "true": return true;
            case "false": return false;
            case "inf" or "+inf": return double.PositiveInfinity;
            case "-inf": return double.NegativeInfinity;
            case "nan" or "+nan" or "-nan": return double.NaN;
        }

        if (w.Length > 2 && w[0] == '0' && w[1] is 'x' or 'o' or 'b')
        {
            var radix = w[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            try
            {
                return GoNumber.Signed(GoTypes.Int64, Convert.ToInt64(w[2..].Replace("_", "", StringComparison.Ordinal), radix));
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                return null;
            }
        }

        var plain = w.Replace("_", "", StringComparison.Ordinal);
        if (plain.Length > 0 && plain.All(c => char.IsAsciiDigit(c) || c is '+' or '-') && long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return GoNumber.Signed(GoTypes.Int64, l);
        }

        if (plain.Length > 0 && plain.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E') && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        if (DateTimeOffset.TryParse(w.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) && (w.EndsWith('Z') || w.EndsWith('z') || w.Length > 19 && w[^6] is '+' or '-'))
        {
            return new GoTime(t, t.Offset == TimeSpan.Zero && (w.EndsWith('Z') || w.EndsWith('z')) ? "UTC" : "");
        }

        return w.Length >= 8 && char.IsAsciiDigit(w[0]) && w.Contains(w.Length >= 10 && w[4] == '-' ? '-' : ':', StringComparison.Ordinal) ? w : null;
    }

    private List<object?> Array(int depth)
    {
        _pos++;
        var list = new List<object?>();
        while (true)
        {
            SkipBlank(newlines: true);
            if (Peek == ']')
            {
                _pos++;
                return list;
            }

            list.Add(Value(depth + 1));
            SkipBlank(newlines: true);
            if (Peek == ',')
            {
                _pos++;
            }
            else if (Peek != ']')
            {
                throw new FormatException(AtEnd ? "unexpected EOF; expected ']'" : $"expected a comma (',') or array terminator (']'), but got {GoQuote.QuoteRune(Peek)}");
            }
        }
    }

    private GoMap InlineTable(int depth)
    {
        _pos++;
        var table = new GoMap();
        SkipBlank(newlines: false);
        if (Peek == '}')
        {
            _pos++;
            return table;
        }

        while (true)
        {
            var key = Key();
            Expect("=");
            SkipBlank(newlines: false);
            var target = table;
            for (var i = 0; i < key.Count - 1; i++)
            {
                target = Descend(target, key[i]);
            }

            target[key[^1]] = Value(depth + 1);
            SkipBlank(newlines: false);
            if (Peek == '}')
            {
                _pos++;
                return table;
            }

            Expect(",");
        }
    }

    private string String()
    {
        var quote = Peek;
        var multi = text.AsSpan(_pos).StartsWith(new string(quote, 3));
        _pos += multi ? 3 : 1;
        if (multi && Peek == '\n')
        {
            _pos++;
        }
        else if (multi && text.AsSpan(_pos).StartsWith("\r\n"))
        {
            _pos += 2;
        }

        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd || (!multi && Peek == '\n'))
            {
                throw new FormatException("unexpected EOF; expected string terminator");
            }

            if (multi ? text.AsSpan(_pos).StartsWith(new string(quote, 3)) && !text.AsSpan(_pos + 1).StartsWith(new string(quote, 3)) : Peek == quote)
            {
                _pos += multi ? 3 : 1;
                return sb.ToString();
            }

            var c = text[_pos++];
            if (c != '\\' || quote == '\'')
            {
                sb.Append(c);
                continue;
            }

            var e = Peek;
            _pos++;
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'f': sb.Append('\f'); break;
                case 'r': sb.Append('\r'); break;
                case 'e': sb.Append('\u001b'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'u' or 'U':
                    var n = e == 'u' ? 4 : 8;
                    if (_pos + n > text.Length || !int.TryParse(text.AsSpan(_pos, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                    {
                        throw new FormatException("invalid escape in string");
                    }

                    sb.Append(char.ConvertFromUtf32(code));
                    _pos += n;
                    break;
                case ' ' or '\t' or '\r' or '\n' when multi:
                    while (!AtEnd && Peek is ' ' or '\t' or '\r' or '\n')
                    {
                        _pos++;
                    }

                    break;
                default:
                    throw new FormatException($"invalid escape character {GoQuote.QuoteRune(e)}; only the following escape characters are allowed: \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX, and \\UXXXXXXXX");
            }
        }
    }
}
