using System.Collections.Concurrent;
using System.Text;
using Rampart.Regex;

namespace Rampart.Secrets;

/// <summary>
/// The rules compiled for scanning bytes. A scan of a span is three steps: one pass of the keyword automaton
/// (Aho-Corasick over lower-cased bytes) finds where the rules' keywords occur; around each, the lines a match of
/// those rules can run over make a window (<see cref="KeywordWindows"/>), and only the windows are given to the regex
/// engine: the <see cref="Re2Set"/> of the window's rules tells in one pass which of them match, and only the regex of
/// each matching rule searches the window again for where. Each value then passes the rule's filters (entropy, check,
/// placeholders); where two rules find overlapping secrets the first rule in order (the more specific) keeps it. The
/// sets of candidate combinations are compiled once and shared; the scanner is immutable otherwise and used from
/// several threads at once. Every step is linear in the span.
/// </summary>
public sealed partial class SecretScanner
{
    /// <summary>At most this many secrets per rule and per span, so a file made of tokens stays bounded.</summary>
    public const int MaxPerRule = 200;

    private const int MaxCachedSets = 1024;

    /// <summary>Buffers over this many entries are not kept for the thread's next scan.</summary>
    private const int MaxKeptBuffer = 1 << 16;

    private static readonly Comparer<SecretHit> ByIndex = Comparer<SecretHit>.Create((a, b) => a.Index.CompareTo(b.Index));

    // Each thread's keyword hits and windows, reused from one scan to the next (a scan never runs inside another):
    // growing a new list for each file was half the keyword pass's time.
    [ThreadStatic]
    private static List<KeywordHit>? keptHits;

    [ThreadStatic]
    private static List<KeywordWindow>? keptWindows;

    [ThreadStatic]
    private static List<int>? keptStarts;

    private static readonly Lazy<SecretScanner> Built = new(() => new SecretScanner(SecretRules.All));

    private readonly Re2Regex[] regexes;
    private readonly Re2Regex[] ownedNames;
    private readonly KeywordAutomaton keywords;
    private readonly KeywordWindows windows;
    private readonly ConcurrentDictionary<UInt128, (Re2Set Set, int[] Rules)> sets = new();

    // The rules tried from their keywords (SecretRule.StartsAtKeyword), and their keywords in lower-case ASCII.
    private readonly UInt128 fromKeywords;
    private readonly byte[][][]?[] startKeywords;
    private long keywordSteps;
    private long regexBytes;
    private long keywordSearches;

    public SecretScanner(IReadOnlyList<SecretRule> rules)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rules.Count, 128);
        Rules = rules;
        regexes = [.. rules.Select(r => Re2Regex.Compile(r.Pattern))];
        ownedNames = [.. rules.Where(r => r.OwnsNames is not null).Select(r => Re2Regex.Compile(r.OwnsNames!))];
        keywords = new KeywordAutomaton(rules.SelectMany((r, i) => r.Keywords.Select(k => (k, i))));
        windows = new KeywordWindows([.. rules.Select(r => r.Lines)]);
        startKeywords = [.. rules.Select(r => r.StartsAtKeyword ? StartKeywords(r) : null)];
        for (var i = 0; i < rules.Count; i++)
        {
            fromKeywords |= rules[i].StartsAtKeyword ? UInt128.One << i : UInt128.Zero;
        }
    }

    /// <summary>The scanner of the built-in rules, compiled once per process.</summary>
    public static SecretScanner Default => Built.Value;

    /// <summary>The scanner of the built-in rules, compiled on first use.</summary>
    public static Lazy<SecretScanner> DefaultOnFirstUse => Built;

    public IReadOnlyList<SecretRule> Rules { get; }

    /// <summary>Bytes the keyword automaton has read, over every scan (a cost count for tests and benchmarks).</summary>
    public long KeywordSteps => Interlocked.Read(ref keywordSteps);

    /// <summary>
    /// Bytes of the keyword windows the regex engine searched whole, over every scan (a cost count for tests and
    /// benchmarks); a window whose only rules start at their keywords is not searched whole (<see cref="KeywordSearches"/>).
    /// </summary>
    public long RegexBytes => Interlocked.Read(ref regexBytes);

    /// <summary>Searches anchored at a keyword, for the rules whose matches start there (<see cref="SecretRule.StartsAtKeyword"/>), over every scan.</summary>
    public long KeywordSearches => Interlocked.Read(ref keywordSearches);

    /// <summary>
    /// The secrets in <paramref name="text"/> (UTF-8) whose value starts before <paramref name="reportBefore"/>, added
    /// to <paramref name="hits"/> in the order of their place in the text.
    /// </summary>
    public void Scan(ReadOnlySpan<byte> text, int reportBefore, List<SecretHit> hits)
    {
        long steps = 0;
        var keywordHits = keptHits ?? [];
        var windows = keptWindows ?? [];
        (keptHits, keptWindows) = (null, null);
        keywordHits.Clear();
        windows.Clear();
        keywords.FindAll(text, keywordHits, ref steps);
        Interlocked.Add(ref keywordSteps, steps);
        if (keywordHits.Count > 0)
        {
            this.windows.Build(text, keywordHits, windows);
            ScanWindows(text, windows, keywordHits, reportBefore, hits);
        }

        keptHits = keywordHits.Capacity <= MaxKeptBuffer ? keywordHits : null;
        keptWindows = windows.Capacity <= MaxKeptBuffer ? windows : null;
    }

    private void ScanWindows(ReadOnlySpan<byte> text, List<KeywordWindow> windows, List<KeywordHit> keywordHits, int reportBefore, List<SecretHit> hits)
    {
        var first = hits.Count;
        Span<int> found = stackalloc int[Rules.Count];
        var starts = keptStarts ?? [];
        keptStarts = null;
        long bytes = 0, searches = 0;
        foreach (var window in windows)
        {
            if (window.Start >= reportBefore)
            {
                break;
            }

            // Secrets of other windows cannot overlap this window's: only its own are compared.
            var windowFirst = hits.Count;
            var toSearch = WholeWindowRules(text, window, ref bytes) | (window.Groups & fromKeywords);

            // In rule order, so that of two overlapping secrets the first rule's is kept.
            for (; toSearch != UInt128.Zero; toSearch &= toSearch - UInt128.One)
            {
                var rule = (int)UInt128.TrailingZeroCount(toSearch);
                if (startKeywords[rule] is null)
                {
                    Find(rule, text, window, reportBefore, hits, windowFirst, ref found[rule]);
                }
                else
                {
                    FindFromKeywords(rule, text, window, KeywordStarts(text, window, keywordHits, rule, starts), reportBefore, hits, windowFirst, ref found[rule]);
                    searches += starts.Count;
                }
            }
        }

        keptStarts = starts.Capacity <= MaxKeptBuffer ? starts : null;
        Interlocked.Add(ref regexBytes, bytes);
        Interlocked.Add(ref keywordSearches, searches);
        hits.Sort(first, hits.Count - first, ByIndex);
    }

    /// <summary>Whether <paramref name="value"/> passes the filters of the rule at <paramref name="rule"/>.</summary>
    public bool Accepts(int rule, string value)
    {
        var r = Rules[rule];
        return (r.MinEntropy <= 0 || Entropy.Of(value) >= r.MinEntropy)
            && (!r.FiltersPlaceholders || !Placeholders.IsPlaceholder(value))
            && SecretChecks.Passes(r.Check, value);
    }

    /// <summary>
    /// The rules of the window that are searched over it whole (those not tried from their keywords) and may match
    /// there: the one candidate as it is (its own search is the one pass), or those the <see cref="Re2Set"/> of the
    /// candidates finds in one pass. Counts the window's bytes in <paramref name="bytes"/> when it is searched.
    /// </summary>
    private UInt128 WholeWindowRules(ReadOnlySpan<byte> text, KeywordWindow window, ref long bytes)
    {
        var candidates = window.Groups & ~fromKeywords;
        if (candidates == UInt128.Zero)
        {
            return UInt128.Zero;
        }

        bytes += window.Length;
        if (UInt128.IsPow2(candidates))
        {
            return candidates;
        }

        var (set, ruleIndexes) = SetOf(candidates);
        Span<bool> matched = stackalloc bool[ruleIndexes.Length];
        var matching = UInt128.Zero;
        if (set.MatchingPatterns(text[window.Start..window.End], matched) > 0)
        {
            for (var i = 0; i < ruleIndexes.Length; i++)
            {
                matching |= matched[i] ? UInt128.One << ruleIndexes[i] : UInt128.Zero;
            }
        }

        return matching;
    }

    /// <summary>The secrets of one rule in one window, at most <see cref="MaxPerRule"/> for the rule over the whole span.</summary>
    private void Find(int rule, ReadOnlySpan<byte> text, KeywordWindow window, int reportBefore, List<SecretHit> hits, int first, ref int found)
    {
        var regex = regexes[rule];
        var span = text[window.Start..window.End];
        Span<Re2Bounds> groups = stackalloc Re2Bounds[regex.GroupCount + 1];
        var start = 0;
        for (; found < MaxPerRule && start <= span.Length && regex.TryFindGroups(span, start, groups); found++)
        {
            start = groups[0].Length == 0 ? groups[0].End + 1 : groups[0].End;
            if (!Consider(rule, span, window.Start, groups, reportBefore, hits, first))
            {
                break;
            }
        }
    }

    /// <summary>
    /// Adds the secret of one match (<paramref name="groups"/>, offsets in <paramref name="span"/>, which starts at
    /// <paramref name="spanStart"/> in the text) when it passes the rule's filters and overlaps no secret found before
    /// it in the window; false when it starts at or past <paramref name="reportBefore"/>, so the search stops.
    /// </summary>
    private bool Consider(int rule, ReadOnlySpan<byte> span, int spanStart, ReadOnlySpan<Re2Bounds> groups, int reportBefore, List<SecretHit> hits, int first)
    {
        var secret = FirstGroup(groups);
        var index = spanStart + secret.Index;
        if (index >= reportBefore)
        {
            return false;
        }

        if (Overlaps(hits, first, index, index + secret.Length))
        {
            return true;
        }

        var value = Encoding.UTF8.GetString(span.Slice(secret.Index, secret.Length));
        if (Accepts(rule, value) && !(Rules[rule].Check == SecretCheck.Generic && IsOwnedName(span, groups[0].Index)))
        {
            hits.Add(new SecretHit(rule, index, secret.Length, value, spanStart + groups[0].Index));
        }

        return true;
    }

    /// <summary>Whether the identifier holding <paramref name="at"/> is a name a specific rule owns (<see cref="SecretRule.OwnsNames"/>).</summary>
    private bool IsOwnedName(ReadOnlySpan<byte> span, int at)
    {
        var (start, end) = (at, at);
        while (start > 0 && IsNameByte(span[start - 1]))
        {
            start--;
        }

        while (end < span.Length && IsNameByte(span[end]))
        {
            end++;
        }

        var name = span[start..end];
        foreach (var owner in ownedNames)
        {
            if (owner.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'.' or (byte)'-';

    private static Re2Bounds FirstGroup(ReadOnlySpan<Re2Bounds> groups)
    {
        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g].Success)
            {
                return groups[g];
            }
        }

        return groups[0];
    }

    private static bool Overlaps(List<SecretHit> hits, int first, int start, int end)
    {
        for (var i = first; i < hits.Count; i++)
        {
            if (hits[i].Index < end && start < hits[i].End)
            {
                return true;
            }
        }

        return false;
    }

    private (Re2Set Set, int[] Rules) SetOf(UInt128 candidates)
    {
        if (sets.TryGetValue(candidates, out var cached))
        {
            return cached;
        }

        var indexes = Enumerable.Range(0, Rules.Count).Where(i => ((candidates >> i) & UInt128.One) != UInt128.Zero).ToArray();
        var built = (Re2Set.Compile([.. indexes.Select(i => Rules[i].Pattern)]), indexes);
        return sets.Count < MaxCachedSets ? sets.GetOrAdd(candidates, built) : built;
    }
}
