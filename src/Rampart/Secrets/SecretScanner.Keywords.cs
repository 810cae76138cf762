using System.Runtime.CompilerServices;
using System.Text;
using Rampart.Regex;

namespace Rampart.Secrets;

/// <summary>
/// The rules whose matches start at one of their keywords (<see cref="SecretRule.StartsAtKeyword"/>): tried from each
/// keyword start in a window with a search anchored there, instead of a search of the whole window.
/// </summary>
public sealed partial class SecretScanner
{
    /// <summary>
    /// Where the keywords of <paramref name="rule"/> start in the window (offsets in it, ascending, each once): the
    /// places its matches can start (<see cref="SecretRule.StartsAtKeyword"/>).
    /// </summary>
    // ReadyToRun does not precompile code over UInt128: this method, run for every file or keyword hit, would start
    // unoptimised and be compiled again when hot (its loops replaced on the stack); it is compiled optimised once instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> KeywordStarts(ReadOnlySpan<byte> text, KeywordWindow window, List<KeywordHit> keywordHits, int rule, List<int> starts)
    {
        starts.Clear();
        var bit = UInt128.One << rule;
        var sorted = true;
        for (var h = window.FirstHit; h < window.HitsEnd; h++)
        {
            var end = keywordHits[h].End;
            if ((keywordHits[h].Groups & bit) == UInt128.Zero)
            {
                continue;
            }

            // Only the keywords ending in the byte the hit ends with (folded to lower case) can end there.
            foreach (var keyword in startKeywords[rule]![text[end - 1] | 0x20])
            {
                if (end - keyword.Length >= window.Start && Ascii.EqualsIgnoreCase(text[(end - keyword.Length)..end], keyword))
                {
                    sorted &= starts.Count == 0 || starts[^1] <= end - keyword.Length - window.Start;
                    starts.Add(end - keyword.Length - window.Start);
                }
            }
        }

        // Sorted once, after all hits: sorting again after each out-of-order hit grew with the square of a window's hits.
        if (!sorted)
        {
            starts.Sort();
        }

        return starts;
    }

    /// <summary>
    /// The secrets of a rule whose matches start at its keywords, in one window: a search anchored at each keyword
    /// start not inside the last match, so a keyword with no assignment after it costs the few bytes that show it.
    /// </summary>
    private void FindFromKeywords(int rule, ReadOnlySpan<byte> text, KeywordWindow window, List<int> starts, int reportBefore, List<SecretHit> hits, int first, ref int found)
    {
        var regex = regexes[rule];
        var span = text[window.Start..window.End];
        Span<Re2Bounds> groups = stackalloc Re2Bounds[regex.GroupCount + 1];
        var next = 0;
        foreach (var start in starts)
        {
            if (start < next || !regex.TryMatchGroupsAt(span, start, groups))
            {
                continue;
            }

            if (found >= MaxPerRule || !Consider(rule, span, window.Start, groups, reportBefore, hits, first))
            {
                return;
            }

            found++;
            next = groups[0].Length == 0 ? groups[0].End + 1 : groups[0].End;
        }
    }

    /// <summary>The rule's keywords in lower-case ASCII, by their last byte (or that byte with 0x20 set, as a hit's last byte is looked up).</summary>
    private static byte[][][] StartKeywords(SecretRule rule)
    {
        if (!rule.Keywords.All(k => Ascii.IsValid(k)))
        {
            throw new ArgumentException($"{rule.Id} starts at its keywords, so they are plain ASCII", nameof(rule));
        }

        var keywords = rule.Keywords.Select(k => Encoding.ASCII.GetBytes(k.ToLowerInvariant())).ToList();
        return [.. Enumerable.Range(0, 256).Select(b => keywords.Where(k => (k[^1] | 0x20) == b).ToArray())];
    }
}
