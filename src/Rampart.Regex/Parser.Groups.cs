namespace Rampart.Regex;

internal sealed partial class Parser
{
    private static readonly Lazy<CharClass> CaptureNameRunes = new(() =>
    {
        var builder = new CharClassBuilder();
        foreach (var name in (string[])["L", "Mn", "Mc", "Nd", "Nl", "Pc"])
        {
            builder.AddTable(NamedClasses.UnicodeClass(name), negate: false, fold: false);
        }

        return builder.ToClass();
    });

    /// <summary>
    /// Parses what follows "(?": a named group (?P&lt;name&gt;re) or (?&lt;name&gt;re), a non-capturing group
    /// (?flags:re), or a flag change (?flags). Lookaround and every other Perl extension is rejected.
    /// </summary>
    private bool ParsePerlGroup(ConcatBuilder concat, ref ParseFlags flags, int depth)
    {
        var open = _pos;
        var t = _pos + 2;
        var length = _pattern.Length;
        if (t < length && _pattern[t] is '=' or '!')
        {
            Fail(Re2ErrorCode.BadPerlOp, "invalid perl operator", open, open, t + 1);
            return false;
        }

        if (t + 1 < length && _pattern[t] == '<' && _pattern[t + 1] is '=' or '!')
        {
            Fail(Re2ErrorCode.BadPerlOp, "invalid perl operator", open, open, t + 2);
            return false;
        }

        // A name needs at least one character after "(?P<" or "(?<"; otherwise these are bad flags.
        if ((t + 2 < length && _pattern[t] == 'P' && _pattern[t + 1] == '<') || (t + 1 < length && _pattern[t] == '<'))
        {
            return ParseNamedGroup(concat, flags, depth, _pattern[t] == 'P' ? t + 2 : t + 1);
        }

        return ParseFlagGroup(concat, ref flags, depth, open, t);
    }

    /// <summary>Parses (?flags) or (?flags:re) from <paramref name="t"/>, just after "(?".</summary>
    private bool ParseFlagGroup(ConcatBuilder concat, ref ParseFlags flags, int depth, int open, int t)
    {
        var newFlags = flags;
        var negated = false;
        var sawFlag = false;
        while (true)
        {
            if (t >= _pattern.Length)
            {
                return BadPerlOp(open, _pattern.Length);
            }

            var c = RuneAt(t, out var width);
            t += width;
            var flag = c switch
            {
                'i' => ParseFlags.FoldCase,
                'm' => ParseFlags.MultiLine,
                's' => ParseFlags.DotNewline,
                'U' => ParseFlags.Ungreedy,
                _ => ParseFlags.None,
            };
            if (flag != ParseFlags.None)
            {
                sawFlag = true;
                newFlags = negated ? newFlags & ~flag : newFlags | flag;
            }
            else if (c == '-' && !negated)
            {
                negated = true;
                sawFlag = false;
            }
            else if (c is ':' or ')' && (!negated || sawFlag))
            {
                _pos = t;
                if (c == ':')
                {
                    return PushParsed(concat, ParseGroupBody(open, newFlags, depth, body => body));
                }

                flags = newFlags;
                return true;
            }
            else
            {
                return BadPerlOp(open, t);
            }
        }
    }

    private bool BadPerlOp(int open, int end)
    {
        Fail(Re2ErrorCode.BadPerlOp, "invalid perl operator", open, open, end);
        return false;
    }

    private bool ParseNamedGroup(ConcatBuilder concat, ParseFlags flags, int depth, int nameStart)
    {
        var open = _pos;
        var end = _pattern.IndexOf('>', nameStart);
        if (end < 0)
        {
            Fail(Re2ErrorCode.BadNamedCapture, "invalid named capture group", open, open, _pattern.Length);
            return false;
        }

        var name = _pattern[nameStart..end];
        if (!IsValidCaptureName(name) || !_usedNames.Add(name))
        {
            Fail(Re2ErrorCode.BadNamedCapture, "invalid named capture group", open, open, end + 1);
            return false;
        }

        _pos = end + 1;
        var index = _names.Count;
        _names.Add(name);
        return PushParsed(concat, ParseGroupBody(open, flags, depth, body => RegexNode.Capture(index, name, body)));
    }

    /// <summary>A name is one or more word characters: letters, marks, digits, letter numbers, connectors.</summary>
    private static bool IsValidCaptureName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
        {
            if (!CaptureNameRunes.Value.Contains(char.ConvertToUtf32(name, i)))
            {
                return false;
            }
        }

        return true;
    }
}
