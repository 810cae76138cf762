namespace Rampart.Regex;

internal sealed partial class Parser
{
    /// <summary>Parses *, + or ?, each optionally followed by ? (lazy).</summary>
    private bool ParseRepeatOperator(ConcatBuilder concat, ParseFlags flags, int lastRepeat, out int repeatStart)
    {
        repeatStart = _pos;
        var kind = _pattern[_pos] switch
        {
            '*' => NodeKind.Star,
            '+' => NodeKind.Plus,
            _ => NodeKind.Quest,
        };
        _pos++;
        var lazy = ConsumeLazyMark();
        if (!CheckRepeatable(concat, lastRepeat, repeatStart))
        {
            return false;
        }

        concat.Last = RegexNode.Repetition(kind, concat.Last!, IsGreedy(flags, lazy));
        return true;
    }

    /// <summary>Parses {n}, {n,} or {n,m}; anything else starting with '{' is a literal '{'.</summary>
    private bool ParseCountedRepeat(ConcatBuilder concat, ParseFlags flags, int lastRepeat, out int repeatStart)
    {
        repeatStart = -1;
        var start = _pos;
        if (!TryParseCounts(out var min, out var max))
        {
            _pos++;
            concat.Push(RegexNode.Literal(['{']));
            return true;
        }

        repeatStart = start;
        var lazy = ConsumeLazyMark();
        if (lastRepeat >= 0)
        {
            Fail(Re2ErrorCode.RepeatOp, "bad repetition operator", lastRepeat, lastRepeat, _pos);
            return false;
        }

        if ((max != -1 && max < min) || min > RegexNode.MaxRepeat || max > RegexNode.MaxRepeat)
        {
            Fail(Re2ErrorCode.RepeatSize, "invalid repetition size", start, start, _pos);
            return false;
        }

        if (!CheckRepeatable(concat, -1, start))
        {
            return false;
        }

        var node = RegexNode.Repeat(concat.Last!, min, max, IsGreedy(flags, lazy));
        if ((min >= 2 || max >= 2) && node.RepeatProduct > RegexNode.MaxRepeat)
        {
            Fail(Re2ErrorCode.RepeatSize, "invalid repetition size", start, start, _pos);
            return false;
        }

        concat.Last = node;
        return true;
    }

    private bool ConsumeLazyMark()
    {
        if (_pos < _pattern.Length && _pattern[_pos] == '?')
        {
            _pos++;
            return true;
        }

        return false;
    }

    private static bool IsGreedy(ParseFlags flags, bool lazy) => ((flags & ParseFlags.Ungreedy) != 0) == lazy;

    /// <summary>Rejects stacked operators (a**, a++, a*{2}) and operators with nothing to repeat.</summary>
    private bool CheckRepeatable(ConcatBuilder concat, int lastRepeat, int start)
    {
        if (lastRepeat >= 0)
        {
            Fail(Re2ErrorCode.RepeatOp, "bad repetition operator", lastRepeat, lastRepeat, _pos);
            return false;
        }

        if (concat.Last is null)
        {
            Fail(Re2ErrorCode.RepeatArgument, "no argument for repetition operator", start, start, _pos);
            return false;
        }

        return true;
    }

    /// <summary>Reads {n}, {n,} or {n,m} at the cursor and moves past it; leaves the cursor alone otherwise.</summary>
    private bool TryParseCounts(out int min, out int max)
    {
        var pos = _pos + 1;
        max = -1;
        if (!TryParseInteger(ref pos, out min) || pos >= _pattern.Length)
        {
            return false;
        }

        if (_pattern[pos] == ',')
        {
            pos++;
            if (pos >= _pattern.Length)
            {
                return false;
            }

            if (_pattern[pos] != '}' && !TryParseInteger(ref pos, out max))
            {
                return false;
            }
        }
        else
        {
            max = min;
        }

        if (pos >= _pattern.Length || _pattern[pos] != '}')
        {
            return false;
        }

        _pos = pos + 1;
        return true;
    }

    /// <summary>A decimal number without leading zeros, below 10^9 (RE2 treats others as literal text).</summary>
    private bool TryParseInteger(ref int pos, out int value)
    {
        value = 0;
        if (pos >= _pattern.Length || !char.IsAsciiDigit(_pattern[pos]))
        {
            return false;
        }

        if (_pattern[pos] == '0' && pos + 1 < _pattern.Length && char.IsAsciiDigit(_pattern[pos + 1]))
        {
            return false;
        }

        while (pos < _pattern.Length && char.IsAsciiDigit(_pattern[pos]))
        {
            if (value >= 100_000_000)
            {
                return false;
            }

            value = (value * 10) + _pattern[pos++] - '0';
        }

        return true;
    }
}
