namespace Rampart.Regex;

internal sealed partial class Parser
{
    /// <summary>Parses a bracketed class such as <c>[^a-z\d[:punct:]\p{Greek}]</c>.</summary>
    private RegexNode? ParseClass(ParseFlags flags)
    {
        var start = _pos;
        var pos = _pos + 1;
        var fold = (flags & ParseFlags.FoldCase) != 0;
        var builder = new CharClassBuilder();
        var negated = pos < _pattern.Length && _pattern[pos] == '^';
        if (negated)
        {
            pos++;
        }

        var first = true;
        while (pos < _pattern.Length && (_pattern[pos] != ']' || first))
        {
            first = false;
            var parsed = TryParsePosixClass(ref pos, builder, fold);
            if (parsed is null)
            {
                return null;
            }

            if (parsed.Value)
            {
                continue;
            }

            if (_pattern[pos] == '\\' && pos + 2 < _pattern.Length && _pattern[pos + 1] is 'p' or 'P')
            {
                if (!ParseUnicodeClass(ref pos, builder, fold))
                {
                    return null;
                }

                continue;
            }

            if (_pattern[pos] == '\\' && pos + 1 < _pattern.Length && NamedClasses.PerlClass(_pattern[pos + 1]) is { } perl)
            {
                builder.AddTable(perl, negate: char.IsUpper(_pattern[pos + 1]), fold);
                pos += 2;
                continue;
            }

            if (!ParseClassRange(start, ref pos, out var lo, out var hi))
            {
                return null;
            }

            builder.AddRange(lo, hi, fold);
        }

        if (pos >= _pattern.Length)
        {
            return Fail(Re2ErrorCode.MissingBracket, "missing ]", start, start, _pattern.Length);
        }

        _pos = pos + 1;
        if (negated)
        {
            builder.Negate();
        }

        return RegexNode.ForClass(builder.ToClass());
    }

    /// <summary>
    /// Parses [:name:] or [:^name:] at <paramref name="pos"/>. Returns false when there is none (the '[' is
    /// then an ordinary character), null after an error for an unknown name.
    /// </summary>
    private bool? TryParsePosixClass(ref int pos, CharClassBuilder builder, bool fold)
    {
        if (pos + 2 >= _pattern.Length || _pattern[pos] != '[' || _pattern[pos + 1] != ':')
        {
            return false;
        }

        // Searching on from every "[:" would be quadratic in patterns like "[[:[:[:"; the last ":]" bounds it.
        var close = pos + 2 <= _lastPosixClose ? _pattern.IndexOf(":]", pos + 2, StringComparison.Ordinal) : -1;
        if (close < 0)
        {
            return false;
        }

        var end = close + 2;
        var name = _pattern[(pos + 2)..close];
        var negate = name.StartsWith('^');
        var table = NamedClasses.PosixClass(negate ? name[1..] : name);
        if (table is null)
        {
            Fail(Re2ErrorCode.BadCharRange, "invalid character class range", pos, pos, end);
            return null;
        }

        builder.AddTable(table, negate, fold);
        pos = end;
        return true;
    }

    /// <summary>Parses a class character, or a range lo-hi; "a-]" is a then '-'.</summary>
    private bool ParseClassRange(int classStart, ref int pos, out int lo, out int hi)
    {
        var rangeStart = pos;
        hi = 0;
        if (!ParseClassChar(classStart, ref pos, out lo))
        {
            return false;
        }

        if (pos + 1 < _pattern.Length && _pattern[pos] == '-' && _pattern[pos + 1] != ']')
        {
            pos++;
            if (!ParseClassChar(classStart, ref pos, out hi))
            {
                return false;
            }

            if (hi < lo)
            {
                Fail(Re2ErrorCode.BadCharRange, "invalid character class range", rangeStart, rangeStart, pos);
                return false;
            }

            return true;
        }

        hi = lo;
        return true;
    }

    private bool ParseClassChar(int classStart, ref int pos, out int rune)
    {
        if (pos >= _pattern.Length)
        {
            rune = 0;
            Fail(Re2ErrorCode.MissingBracket, "missing ]", classStart, classStart, _pattern.Length);
            return false;
        }

        if (_pattern[pos] == '\\')
        {
            return ParseEscape(ref pos, out rune);
        }

        rune = RuneAt(pos, out var width);
        pos += width;
        return true;
    }
}
