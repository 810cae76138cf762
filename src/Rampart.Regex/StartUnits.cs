using System.Buffers;

namespace Rampart.Regex;

/// <summary>
/// The code points a match can start with, found by following the program's empty transitions from the start,
/// and the code units they begin with in UTF-16 (for a code point above U+FFFF, its high surrogate) and in UTF-8
/// (the lead byte). Searches skip to the next such unit with a vectorized IndexOfAny while no match is in
/// progress. None when the pattern can match the empty string or start with too many units to be worth it.
/// </summary>
internal static class StartUnits
{
    private const int MaxUnits = 128;

    /// <summary>The code points a match can start with, or null when a match can be empty or start with anything.</summary>
    public static CharClass? Runes(Inst[] insts, CharClass[] classes, int start)
    {
        var builder = new CharClassBuilder();
        var visited = new bool[insts.Length];
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var pc = stack.Pop();
            if (pc == 0 || visited[pc])
            {
                continue;
            }

            visited[pc] = true;
            var inst = insts[pc];
            switch (inst.Op)
            {
                case InstOp.Match or InstOp.Any or InstOp.AnyNotNewline:
                    return null;
                case InstOp.Split:
                    stack.Push(inst.Arg);
                    stack.Push(inst.Out);
                    break;
                case InstOp.Nop or InstOp.Save or InstOp.Assert:
                    stack.Push(inst.Out);
                    break;
                case InstOp.Rune:
                    builder.AddRange(inst.Arg, inst.Arg);
                    break;
                case InstOp.Class:
                    builder.AddTable(classes[inst.Arg].Ranges, negate: false, fold: false);
                    break;
            }
        }

        var runes = builder.ToClass();
        return runes.IsEmpty ? null : runes;
    }

    /// <summary>The UTF-16 units those code points start with; null when there are too many.</summary>
    public static SearchValues<char>? Chars(CharClass runes)
    {
        var chars = new HashSet<char>();
        var ranges = runes.Ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            var (lo, hi) = (ranges[i], ranges[i + 1]);
            if (hi - lo + 1 > MaxUnits)
            {
                return null;
            }

            for (var rune = lo; rune <= hi; rune++)
            {
                chars.Add(rune <= 0xFFFF ? (char)rune : (char)(0xD800 + ((rune - 0x10000) >> 10)));
            }

            if (chars.Count > MaxUnits)
            {
                return null;
            }
        }

        return chars.Count == 0 ? null : SearchValues.Create([.. chars]);
    }

    /// <summary>
    /// The UTF-8 bytes those code points start with: the code point itself below U+0080, else its lead byte.
    /// When U+FFFD is among them, every byte from 0x80 up (any invalid byte reads as U+FFFD). Null when there are too many.
    /// </summary>
    public static SearchValues<byte>? Bytes(CharClass runes)
    {
        var bytes = new bool[256];
        var ranges = runes.Ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            var (lo, hi) = (ranges[i], ranges[i + 1]);
            for (var c = lo; c <= Math.Min(hi, 0x7F); c++)
            {
                bytes[c] = true;
            }

            // Within each encoded length the lead byte grows with the code point.
            MarkLeads(bytes, lo, hi, 0x80, 0x7FF, 6, 0xC0);
            MarkLeads(bytes, lo, hi, 0x800, 0xFFFF, 12, 0xE0);
            MarkLeads(bytes, lo, hi, 0x10000, CharClass.MaxRune, 18, 0xF0);
            if (lo <= Utf8Text.Replacement && Utf8Text.Replacement <= hi)
            {
                bytes.AsSpan(0x80).Fill(true);
            }
        }

        var set = new List<byte>();
        for (var b = 0; b < bytes.Length; b++)
        {
            if (bytes[b])
            {
                set.Add((byte)b);
            }
        }

        return set.Count is 0 or > MaxUnits ? null : SearchValues.Create([.. set]);
    }

    private static void MarkLeads(bool[] bytes, int lo, int hi, int bandLo, int bandHi, int shift, int marker)
    {
        var (from, to) = (Math.Max(lo, bandLo), Math.Min(hi, bandHi));
        for (var lead = marker | (from >> shift); from <= to && lead <= (marker | (to >> shift)); lead++)
        {
            bytes[lead] = true;
        }
    }
}
