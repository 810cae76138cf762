namespace Rampart.Regex;

internal sealed partial class Parser
{
    /// <summary>Parses a backslash sequence outside a class: an assertion, \Q..\E, a class, or an escaped literal.</summary>
    private bool ParseBackslash(ConcatBuilder concat, ParseFlags flags)
    {
        var start = _pos;
        if (start + 1 >= _pattern.Length)
        {
            Fail(Re2ErrorCode.TrailingBackslash, "trailing \\", start, 0, 0);
            return false;
        }

        var c = _pattern[start + 1];
        switch (c)
        {
            case 'b' or 'B':
                _pos += 2;
                concat.Push(RegexNode.ForAssertion(c == 'b' ? EmptyFlags.WordBoundary : EmptyFlags.NonWordBoundary));
                return true;
            case 'A' or 'z':
                _pos += 2;
                concat.Push(RegexNode.ForAssertion(c == 'A' ? EmptyFlags.BeginText : EmptyFlags.EndText));
                return true;
            case 'C':
                // RE2's "any byte"; over code points it is any code point.
                _pos += 2;
                concat.Push(RegexNode.AnyChar());
                return true;
            case 'Q':
                ParseQuoted(concat, flags);
                return true;
            case 'p' or 'P':
                {
                    var builder = new CharClassBuilder();
                    var fold = (flags & ParseFlags.FoldCase) != 0;
                    return ParseUnicodeClass(ref _pos, builder, fold) && PushParsed(concat, RegexNode.ForClass(builder.ToClass()));
                }

            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                {
                    var builder = new CharClassBuilder();
                    builder.AddTable(NamedClasses.PerlClass(c), negate: char.IsUpper(c), fold: (flags & ParseFlags.FoldCase) != 0);
                    _pos += 2;
                    concat.Push(RegexNode.ForClass(builder.ToClass()));
                    return true;
                }

            default:
                if (!ParseEscape(ref _pos, out var rune))
                {
                    return false;
                }

                concat.Push(LiteralNode(rune, flags));
                return true;
        }
    }

    /// <summary>\Q...\E: everything up to \E (or the end) is literal; each code point is its own item.</summary>
    private void ParseQuoted(ConcatBuilder concat, ParseFlags flags)
    {
        _pos += 2;
        while (_pos < _pattern.Length)
        {
            if (_pattern[_pos] == '\\' && _pos + 1 < _pattern.Length && _pattern[_pos + 1] == 'E')
            {
                _pos += 2;
                break;
            }

            var rune = RuneAt(_pos, out var width);
            _pos += width;
            concat.Push(LiteralNode(rune, flags));
        }
    }

    /// <summary>Parses an escaped literal at <paramref name="pos"/> (which holds the backslash).</summary>
    private bool ParseEscape(ref int pos, out int rune)
    {
        var begin = pos;
        rune = 0;
        if (pos + 1 >= _pattern.Length)
        {
            Fail(Re2ErrorCode.TrailingBackslash, "trailing \\", begin, 0, 0);
            return false;
        }

        pos++;
        var c = RuneAt(pos, out var width);
        pos += width;
        switch (c)
        {
            case >= '1' and <= '7' when pos >= _pattern.Length || _pattern[pos] is < '0' or > '7':
                // A single non-zero digit is a backreference, which RE2 does not support.
                return BadEscape(begin, pos);
            case >= '0' and <= '7':
                rune = c - '0';
                for (var digits = 1; digits < 3 && pos < _pattern.Length && _pattern[pos] is >= '0' and <= '7'; digits++)
                {
                    rune = (rune * 8) + _pattern[pos++] - '0';
                }

                return true;
            case 'x':
                return ParseHexEscape(begin, ref pos, out rune);
            case 'n': rune = '\n'; return true;
            case 'r': rune = '\r'; return true;
            case 't': rune = '\t'; return true;
            case 'a': rune = '\a'; return true;
            case 'f': rune = '\f'; return true;
            case 'v': rune = '\v'; return true;
            case < 0x80 when !char.IsAsciiLetterOrDigit((char)c):
                // Escaped punctuation (and \_) stands for itself.
                rune = c;
                return true;
            default:
                return BadEscape(begin, pos);
        }
    }

    /// <summary>\xHH (exactly two hex digits) or \x{H...} (one or more, at most 10FFFF).</summary>
    private bool ParseHexEscape(int begin, ref int pos, out int rune)
    {
        rune = 0;
        if (pos >= _pattern.Length)
        {
            return BadEscape(begin, pos);
        }

        var c = RuneAt(pos, out var width);
        pos += width;
        if (c == '{')
        {
            var digits = 0;
            while (true)
            {
                if (pos >= _pattern.Length)
                {
                    return BadEscape(begin, pos);
                }

                c = RuneAt(pos, out width);
                pos += width;
                if (!char.IsAsciiHexDigit((char)c) || c > 0x7F)
                {
                    break;
                }

                digits++;
                rune = (rune * 16) + HexValue(c);
                if (rune > CharClass.MaxRune)
                {
                    return BadEscape(begin, pos);
                }
            }

            return c == '}' && digits > 0 || BadEscape(begin, pos);
        }

        if (pos >= _pattern.Length)
        {
            return BadEscape(begin, pos);
        }

        var c1 = RuneAt(pos, out width);
        pos += width;
        if (c > 0x7F || c1 > 0x7F || !char.IsAsciiHexDigit((char)c) || !char.IsAsciiHexDigit((char)c1))
        {
            return BadEscape(begin, pos);
        }

        rune = (HexValue(c) * 16) + HexValue(c1);
        return true;
    }

    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private bool BadEscape(int begin, int end)
    {
        Fail(Re2ErrorCode.BadEscape, "invalid escape sequence", begin, begin, end);
        return false;
    }

    /// <summary>Parses \pX, \p{Name}, \p{^Name} and the \P forms at <paramref name="pos"/> into the builder.</summary>
    private bool ParseUnicodeClass(ref int pos, CharClassBuilder builder, bool fold)
    {
        var start = pos;
        var negate = _pattern[pos + 1] == 'P';
        pos += 2;
        if (pos >= _pattern.Length)
        {
            Fail(Re2ErrorCode.BadCharRange, "invalid character class range", start, start, pos);
            return false;
        }

        string name;
        RuneAt(pos, out var width);
        if (_pattern[pos] != '{')
        {
            name = _pattern.Substring(pos, width);
            pos += width;
        }
        else
        {
            var end = _pattern.IndexOf('}', pos);
            if (end < 0)
            {
                Fail(Re2ErrorCode.BadCharRange, "invalid character class range", start, start, _pattern.Length);
                return false;
            }

            name = _pattern[(pos + 1)..end];
            pos = end + 1;
        }

        if (name.StartsWith('^'))
        {
            negate = !negate;
            name = name[1..];
        }

        var table = NamedClasses.UnicodeClass(name);
        if (table is null)
        {
            Fail(Re2ErrorCode.BadCharRange, "invalid character class range", start, start, pos);
            return false;
        }

        builder.AddTable(table, negate, fold);
        return true;
    }
}
