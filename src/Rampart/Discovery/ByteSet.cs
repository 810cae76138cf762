namespace Rampart.Discovery;

/// <summary>
/// The bytes a <c>[...]</c> bracket expression accepts, read as git's wildmatch reads it: <c>!</c> or
/// <c>^</c> first negates, a <c>]</c> right after the opening (or the negation) is a literal, <c>a-z</c> is a
/// byte range, <c>\x</c> escapes, <c>[:alpha:]</c> and the other POSIX classes use ASCII meanings.
/// </summary>
internal sealed class ByteSet
{
    private readonly bool[] bytes = new bool[256];

    public bool Contains(byte b) => bytes[b];

    /// <summary>
    /// Parses from just after the opening <c>[</c>; <paramref name="next"/> is the index after the closing
    /// <c>]</c>. Null when the expression is not closed or names an unknown class: such a pattern matches nothing.
    /// </summary>
    public static ByteSet? Parse(ReadOnlySpan<byte> pattern, int start, out int next, StepCounter? steps = null)
    {
        next = pattern.Length;
        var set = new ByteSet();
        var p = start;
        if (p >= pattern.Length)
        {
            return null;
        }

        var negated = pattern[p] is (byte)'!' or (byte)'^';
        if (negated)
        {
            p++;
        }

        var prev = 0;

        // Where the next ']' is, once looked for: a set full of "[:" openings that are not classes would
        // otherwise look for it again from each of them, in time quadratic in the line.
        var knownClose = -1;
        while (true)
        {
            if (p >= pattern.Length)
            {
                return null;
            }

            int current = pattern[p];
            if (current == '\\')
            {
                if (++p >= pattern.Length)
                {
                    return null;
                }

                current = pattern[p];
                set.bytes[current] = true;
            }
            else if (current == '-' && prev != 0 && p + 1 < pattern.Length && pattern[p + 1] != ']')
            {
                current = pattern[++p];
                if (current == '\\')
                {
                    if (++p >= pattern.Length)
                    {
                        return null;
                    }

                    current = pattern[p];
                }

                for (var b = prev; b <= current; b++)
                {
                    set.bytes[b] = true;
                }

                current = 0;
            }
            else if (current == '[' && p + 1 < pattern.Length && pattern[p + 1] == ':')
            {
                var nameStart = p + 2;
                if (knownClose < nameStart)
                {
                    var found = pattern[nameStart..].IndexOf((byte)']');
                    knownClose = found < 0 ? pattern.Length : nameStart + found;
                    if (steps is not null)
                    {
                        steps.Steps += knownClose - nameStart;
                    }
                }

                var close = knownClose;

                if (close >= pattern.Length)
                {
                    return null;
                }

                if (close - nameStart - 1 < 0 || pattern[close - 1] != ':')
                {
                    // Not "[:name:]": the '[' is an ordinary member.
                    set.bytes['['] = true;
                }
                else
                {
                    if (!set.AddClass(pattern[nameStart..(close - 1)]))
                    {
                        return null;
                    }

                    p = close;
                    current = 0;
                }
            }
            else
            {
                set.bytes[current] = true;
            }

            prev = current;
            if (steps is not null)
            {
                steps.Steps++;
            }

            if (++p >= pattern.Length)
            {
                return null;
            }

            if (pattern[p] == ']')
            {
                break;
            }
        }

        next = p + 1;
        if (negated)
        {
            for (var b = 0; b < 256; b++)
            {
                set.bytes[b] = !set.bytes[b];
            }
        }

        return set;
    }

    private bool AddClass(ReadOnlySpan<byte> name)
    {
        Func<int, bool>? test = System.Text.Encoding.ASCII.GetString(name) switch
        {
            "alnum" => c => char.IsAsciiLetterOrDigit((char)c),
            "alpha" => c => char.IsAsciiLetter((char)c),
            "blank" => c => c is ' ' or '\t',
            "cntrl" => c => c < 0x20 || c == 0x7f,
            "digit" => c => char.IsAsciiDigit((char)c),
            "graph" => c => c is > 0x20 and < 0x7f,
            "lower" => c => char.IsAsciiLetterLower((char)c),
            "print" => c => c is >= 0x20 and < 0x7f,
            "punct" => c => c is > 0x20 and < 0x7f && !char.IsAsciiLetterOrDigit((char)c),
            "space" => c => c is ' ' or '\t' or '\n' or '\r',
            "upper" => c => char.IsAsciiLetterUpper((char)c),
            "xdigit" => c => char.IsAsciiHexDigit((char)c),
            _ => null,
        };
        if (test is null)
        {
            return false;
        }

        for (var b = 0; b < 128; b++)
        {
            bytes[b] |= test(b);
        }

        return true;
    }
}
