using System.Runtime.CompilerServices;
namespace Rampart.Secrets;

/// <summary>
/// Turns the keyword hits of a text into the windows the regexes run over: for each hit, whole lines from the line
/// that holds the keyword to the end of as many lines as the hit's rules reach (<see cref="SecretRule.Lines"/>),
/// the line break included; overlapping windows merge and keep the rules of both. A window starts at the start of a
/// line, so <c>\A</c> at its start reads as the line break before it would. Each line is looked at a bounded number of
/// times, so the whole is linear in the text.
/// </summary>
public sealed class KeywordWindows
{
    private readonly int[] lines;
    private readonly UInt128 longer;

    /// <param name="lines">For each group (rule), how many lines its matches reach from the keyword's line.</param>
    public KeywordWindows(IReadOnlyList<int> lines)
    {
        this.lines = [.. lines];
        for (var i = 0; i < lines.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(lines[i], 1);
            if (lines[i] > SecretRule.DefaultLines)
            {
                longer |= UInt128.One << i;
            }
        }
    }

    /// <summary>The windows of <paramref name="hits"/> (in text order) over <paramref name="text"/>, in text order.</summary>
    // ReadyToRun does not precompile code over UInt128: this method, run for every file or keyword hit, would start
    // unoptimised and be compiled again when hot (its loops replaced on the stack); it is compiled optimised once instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Build(ReadOnlySpan<byte> text, List<KeywordHit> hits, List<KeywordWindow> windows)
    {
        int start = -1, end = -1, lineEnd = -1, reach = 0, firstHit = 0;
        var groups = UInt128.Zero;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var at = hit.End - 1;
            var need = Reach(hit.Groups);

            // Another keyword on the line of the last one, whose rules reach no further: same window.
            if (at < lineEnd && need <= reach)
            {
                groups |= hit.Groups;
                continue;
            }

            var lineStart = LineStart(text, at, at < end ? start : Math.Max(end, 0));
            var hitEnd = LinesEnd(text, at, need, out lineEnd);
            reach = need;
            if (lineStart < end)
            {
                end = Math.Max(end, hitEnd);
                groups |= hit.Groups;
                continue;
            }

            if (groups != UInt128.Zero)
            {
                windows.Add(new KeywordWindow(start, end, groups, firstHit, i));
            }

            (start, end, groups, firstHit) = (lineStart, hitEnd, hit.Groups, i);
        }

        if (groups != UInt128.Zero)
        {
            windows.Add(new KeywordWindow(start, end, groups, firstHit, hits.Count));
        }
    }

    // ReadyToRun does not precompile code over UInt128: this method, run for every file or keyword hit, would start
    // unoptimised and be compiled again when hot (its loops replaced on the stack); it is compiled optimised once instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Reach(UInt128 groups)
    {
        var reach = SecretRule.DefaultLines;
        for (var rest = groups & longer; rest != UInt128.Zero; rest &= rest - UInt128.One)
        {
            reach = Math.Max(reach, lines[(int)UInt128.TrailingZeroCount(rest)]);
        }

        return reach;
    }

    /// <summary>The start of the line holding <paramref name="at"/>, looking back no further than <paramref name="floor"/> (a known line start).</summary>
    private static int LineStart(ReadOnlySpan<byte> text, int at, int floor) => floor + text[floor..at].LastIndexOf((byte)'\n') + 1;

    /// <summary>Just past the line break that ends the <paramref name="count"/>th line from the one holding <paramref name="at"/>; the first one's end in <paramref name="firstLineEnd"/>.</summary>
    private static int LinesEnd(ReadOnlySpan<byte> text, int at, int count, out int firstLineEnd)
    {
        var pos = at;
        firstLineEnd = text.Length;
        for (var line = 0; line < count && pos < text.Length; line++)
        {
            var newline = text[pos..].IndexOf((byte)'\n');
            pos = newline < 0 ? text.Length : pos + newline + 1;
            if (line == 0)
            {
                firstLineEnd = pos;
            }
        }

        return pos;
    }
}
