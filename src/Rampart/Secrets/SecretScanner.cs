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
public sealed class SecretScanner
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

    private static readonly Lazy<SecretScanner> Built = new(() => new SecretScanner(SecretRules.All));

    private readonly Re2Regex[] regexes;
    private readonly Re2Regex[] ownedNames;
    private readonly KeywordAutomaton keywords;
    private readonly KeywordWindows windows;
    private readonly ConcurrentDictionary<UInt128, (Re2Set Set, int[] Rules)> sets = new();
    private long keywordSteps;
    private long regexBytes;

    public SecretScanner(IReadOnlyList<SecretRule> rules)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rules.Count, 128);
        Rules = rules;
        regexes = [.. rules.Select(r => Re2Regex.Compile(r.Pattern))];
        ownedNames = [.. rules.Where(r => r.OwnsNames is not null).Select(r => Re2Regex.Compile(r.OwnsNames!))];
        keywords = new KeywordAutomaton(rules.SelectMany((r, i) => r.Keywords.Select(k => (k, i))));
        windows = new KeywordWindows([.. rules.Select(r => r.Lines)]);
    }

    /// <summary>The scanner of the built-in rules, compiled once per process.</summary>
    public static SecretScanner Default => Built.Value;

    /// <summary>The scanner of the built-in rules, compiled on first use.</summary>
    public static Lazy<SecretScanner> DefaultOnFirstUse => Built;

    public IReadOnlyList<SecretRule> Rules { get; }

    /// <summary>Bytes the keyword automaton has read, over every scan (a cost count for tests and benchmarks).</summary>
    public long KeywordSteps => Interlocked.Read(ref keywordSteps);

    /// <summary>Bytes given to the regex engine (the keyword windows), over every scan (a cost count for tests and benchmarks).</summary>
    public long RegexBytes => Interlocked.Read(ref regexBytes);

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
            ScanWindows(text, windows, reportBefore, hits);
        }

        keptHits = keywordHits.Capacity <= MaxKeptBuffer ? keywordHits : null;
        keptWindows = windows.Capacity <= MaxKeptBuffer ? windows : null;
    }

    private void ScanWindows(ReadOnlySpan<byte> text, List<KeywordWindow> windows, int reportBefore, List<SecretHit> hits)
    {
        var first = hits.Count;
        Span<int> found = stackalloc int[Rules.Count];
        long bytes = 0;
        foreach (var window in windows)
        {
            if (window.Start >= reportBefore)
            {
                break;
            }

            bytes += window.Length;
            ScanWindow(text, window, reportBefore, hits, found);
        }

        Interlocked.Add(ref regexBytes, bytes);
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

    private void ScanWindow(ReadOnlySpan<byte> text, KeywordWindow window, int reportBefore, List<SecretHit> hits, Span<int> found)
    {
        // Secrets of other windows cannot overlap this window's: only its own are compared.
        var windowFirst = hits.Count;

        // One candidate rule (most windows: a generic keyword in ordinary code): its own search is the one pass.
        if (UInt128.IsPow2(window.Groups))
        {
            var only = (int)UInt128.TrailingZeroCount(window.Groups);
            Find(only, text, window, reportBefore, hits, windowFirst, ref found[only]);
            return;
        }

        var span = text[window.Start..window.End];
        var (set, ruleIndexes) = SetOf(window.Groups);
        Span<bool> matched = stackalloc bool[ruleIndexes.Length];
        if (set.MatchingPatterns(span, matched) == 0)
        {
            return;
        }

        for (var i = 0; i < ruleIndexes.Length; i++)
        {
            if (matched[i])
            {
                Find(ruleIndexes[i], text, window, reportBefore, hits, windowFirst, ref found[ruleIndexes[i]]);
            }
        }
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
            var secret = FirstGroup(groups);
            start = groups[0].Length == 0 ? groups[0].End + 1 : groups[0].End;
            var index = window.Start + secret.Index;
            if (index >= reportBefore)
            {
                break;
            }

            if (Overlaps(hits, first, index, index + secret.Length))
            {
                continue;
            }

            var value = Encoding.UTF8.GetString(span.Slice(secret.Index, secret.Length));
            if (Accepts(rule, value) && !(Rules[rule].Check == SecretCheck.Generic && IsOwnedName(span, groups[0].Index)))
            {
                hits.Add(new SecretHit(rule, index, secret.Length, value, window.Start + groups[0].Index));
            }
        }
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
