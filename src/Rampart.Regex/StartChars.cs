using System.Buffers;

namespace Rampart.Regex;

/// <summary>
/// The UTF-16 units a match can start with (for a code point above U+FFFF, its high surrogate), found by
/// following the program's empty transitions from the start. Searches skip to the next such unit with a
/// vectorized IndexOfAny while no match is in progress. None when the pattern can match the empty string
/// or can start with too many different characters to be worth it.
/// </summary>
internal static class StartChars
{
    private const int MaxChars = 128;

    public static SearchValues<char>? Compute(Inst[] insts, CharClass[] classes, int start)
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

        return ToChars(builder.ToClass());
    }

    private static SearchValues<char>? ToChars(CharClass set)
    {
        var chars = new HashSet<char>();
        var ranges = set.Ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            var (lo, hi) = (ranges[i], ranges[i + 1]);
            if (hi - lo + 1 > MaxChars)
            {
                return null;
            }

            for (var rune = lo; rune <= hi; rune++)
            {
                chars.Add(rune <= 0xFFFF ? (char)rune : (char)(0xD800 + ((rune - 0x10000) >> 10)));
            }

            if (chars.Count > MaxChars)
            {
                return null;
            }
        }

        return chars.Count == 0 ? null : SearchValues.Create([.. chars]);
    }
}
