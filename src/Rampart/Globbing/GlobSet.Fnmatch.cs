using System.Numerics;

namespace Rampart.Globbing;

/// <summary>Bracket expressions as Ruby's <c>File.fnmatch</c> reads them (<see cref="GlobBrackets.Fnmatch"/>).</summary>
internal sealed partial class GlobSet
{
    /// <summary>
    /// Parses from just after the opening <c>[</c>: <c>!</c> or <c>^</c> first negates, <c>a-z</c> is a range
    /// (unless the <c>-</c> is last), <c>\x</c> escapes; there is no special first <c>]</c> and no <c>[:class:]</c>,
    /// so <c>[]</c> is an empty set. Null when the set is not closed.
    /// </summary>
    public static GlobSet? ParseFnmatch<T>(ReadOnlySpan<T> pattern, int start, out int next)
        where T : unmanaged, IBinaryInteger<T>
    {
        next = pattern.Length;
        var set = new GlobSet();
        var p = start;
        var negated = p < pattern.Length && Unit(pattern[p]) is '!' or '^';
        if (negated)
        {
            p++;
        }

        while (p < pattern.Length && Unit(pattern[p]) != ']')
        {
            if (ReadMember(pattern, ref p) is not { } first)
            {
                return null;
            }

            if (p + 1 < pattern.Length && Unit(pattern[p]) == '-' && Unit(pattern[p + 1]) != ']')
            {
                p++;
                if (ReadMember(pattern, ref p) is not { } last)
                {
                    return null;
                }

                set.Add(first, last);
            }
            else
            {
                set.Add(first);
            }
        }

        if (p >= pattern.Length)
        {
            return null;
        }

        next = p + 1;
        if (negated)
        {
            set.Negate();
        }

        return set;
    }

    private static int? ReadMember<T>(ReadOnlySpan<T> pattern, ref int p)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Unit(pattern[p]) == '\\')
        {
            p++;
        }

        return p < pattern.Length ? Unit(pattern[p++]) : null;
    }
}
