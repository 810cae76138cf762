namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A <c>[...]</c> set as Ruby's <c>File.fnmatch</c> reads it: <c>!</c> or <c>^</c> first negates, <c>a-z</c>
/// is a range (unless the <c>-</c> is last), <c>\x</c> escapes; there is no special first <c>]</c> and no
/// <c>[:class:]</c>, so <c>[]</c> is an empty set.
/// </summary>
internal sealed class CharSet
{
    private readonly List<(char From, char To)> ranges = [];
    private bool negated;

    public bool Contains(char c) => ranges.Any(r => c >= r.From && c <= r.To) != negated;

    /// <summary>Parses from after the <c>[</c>; null when the set is not closed.</summary>
    public static CharSet? Parse(string text, int start, out int next)
    {
        next = text.Length;
        var set = new CharSet();
        var p = start;
        if (p < text.Length && text[p] is '!' or '^')
        {
            set.negated = true;
            p++;
        }

        while (p < text.Length && text[p] != ']')
        {
            var first = ReadChar(text, ref p);
            if (first is null)
            {
                return null;
            }

            if (p + 1 < text.Length && text[p] == '-' && text[p + 1] != ']')
            {
                p++;
                var last = ReadChar(text, ref p);
                if (last is null)
                {
                    return null;
                }

                set.ranges.Add((first.Value, last.Value));
            }
            else
            {
                set.ranges.Add((first.Value, first.Value));
            }
        }

        if (p >= text.Length)
        {
            return null;
        }

        next = p + 1;
        return set;
    }

    private static char? ReadChar(string text, ref int p)
    {
        if (text[p] == '\\')
        {
            p++;
        }

        if (p >= text.Length)
        {
            return null;
        }

        return text[p++];
    }
}
