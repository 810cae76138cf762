using System.Numerics;

namespace Rampart.Globbing;

/// <summary>Bracket expressions as git's wildmatch reads them (<see cref="GlobBrackets.Git"/>).</summary>
internal sealed partial class GlobSet
{
    /// <summary>
    /// Parses from just after the opening <c>[</c>; <paramref name="next"/> is the index after the closing
    /// <c>]</c>. Null when the expression is not closed or names an unknown class: such a pattern matches nothing.
    /// <paramref name="steps"/> counts the units read.
    /// </summary>
    public static GlobSet? ParseGit<T>(ReadOnlySpan<T> pattern, int start, out int next, StepCounter? steps)
        where T : unmanaged, IBinaryInteger<T>
    {
        next = pattern.Length;
        var set = new GlobSet();
        var p = start;
        if (p >= pattern.Length)
        {
            return null;
        }

        var negated = Unit(pattern[p]) is '!' or '^';
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

            var current = Unit(pattern[p]);
            if (current == '\\')
            {
                if (++p >= pattern.Length)
                {
                    return null;
                }

                current = Unit(pattern[p]);
                set.Add(current);
            }
            else if (current == '-' && prev != 0 && p + 1 < pattern.Length && Unit(pattern[p + 1]) != ']')
            {
                current = Unit(pattern[++p]);
                if (current == '\\')
                {
                    if (++p >= pattern.Length)
                    {
                        return null;
                    }

                    current = Unit(pattern[p]);
                }

                set.Add(prev, current);
                current = 0;
            }
            else if (current == '[' && p + 1 < pattern.Length && Unit(pattern[p + 1]) == ':')
            {
                var nameStart = p + 2;
                if (knownClose < nameStart)
                {
                    var found = pattern[nameStart..].IndexOf(T.CreateTruncating(']'));
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

                if (close - nameStart - 1 < 0 || Unit(pattern[close - 1]) != ':')
                {
                    // Not "[:name:]": the '[' is an ordinary member.
                    set.Add('[');
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
                set.Add(current);
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

            if (Unit(pattern[p]) == ']')
            {
                break;
            }
        }

        next = p + 1;
        if (negated)
        {
            set.Negate();
        }

        return set;
    }

    private bool AddClass<T>(ReadOnlySpan<T> name)
        where T : unmanaged, IBinaryInteger<T>
    {
        var text = new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            text[i] = (char)Unit(name[i]);
        }

        Func<int, bool>? test = new string(text) switch
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
            if (test(b))
            {
                Add(b);
            }
        }

        return true;
    }
}
