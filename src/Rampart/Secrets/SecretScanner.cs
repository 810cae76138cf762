using System.Collections.Concurrent;
using System.Text;
using Rampart.Regex;

namespace Rampart.Secrets;

/// <summary>
/// The rules compiled for scanning bytes. A scan of a span is three steps: one pass of the keyword automaton
/// (Aho-Corasick over lower-cased bytes) picks the candidate rules, the <see cref="Re2Set"/> of those candidates tells in
/// one pass which of them match, and only the regex of each matching rule searches again for where. Each value then
/// passes the rule's filters (entropy, check, placeholders); where two rules find overlapping secrets the first rule
/// in order (the more specific) keeps it. The sets of candidate combinations are compiled once and shared; the
/// scanner is immutable otherwise and used from several threads at once. Every step is linear in the span.
/// </summary>
public sealed class SecretScanner
{
    /// <summary>At most this many secrets per rule and per span, so a file made of tokens stays bounded.</summary>
    public const int MaxPerRule = 200;

    private const int MaxCachedSets = 1024;

    private static readonly Lazy<SecretScanner> Built = new(() => new SecretScanner(SecretRules.All));

    private readonly Re2Regex[] regexes;
    private readonly KeywordAutomaton keywords;
    private readonly ConcurrentDictionary<UInt128, (Re2Set Set, int[] Rules)> sets = new();
    private long keywordSteps;

    public SecretScanner(IReadOnlyList<SecretRule> rules)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rules.Count, 128);
        Rules = rules;
        regexes = [.. rules.Select(r => Re2Regex.Compile(r.Pattern))];
        keywords = new KeywordAutomaton(rules.SelectMany((r, i) => r.Keywords.Select(k => (k, i))));
    }

    /// <summary>The scanner of the built-in rules, compiled once per process.</summary>
    public static SecretScanner Default => Built.Value;

    /// <summary>The scanner of the built-in rules, compiled on first use.</summary>
    public static Lazy<SecretScanner> DefaultOnFirstUse => Built;

    public IReadOnlyList<SecretRule> Rules { get; }

    /// <summary>Bytes the keyword automaton has read, over every scan (a cost count for tests and benchmarks).</summary>
    public long KeywordSteps => Interlocked.Read(ref keywordSteps);

    /// <summary>
    /// The secrets in <paramref name="text"/> (UTF-8) whose value starts before <paramref name="reportBefore"/>, added
    /// to <paramref name="hits"/> in the order of their place in the text.
    /// </summary>
    public void Scan(ReadOnlySpan<byte> text, int reportBefore, List<SecretHit> hits)
    {
        long steps = 0;
        var candidates = keywords.Find(text, ref steps);
        Interlocked.Add(ref keywordSteps, steps);
        if (candidates == UInt128.Zero)
        {
            return;
        }

        var (set, ruleIndexes) = SetOf(candidates);
        Span<bool> matched = stackalloc bool[ruleIndexes.Length];
        if (set.MatchingPatterns(text, matched) == 0)
        {
            return;
        }

        var first = hits.Count;
        for (var i = 0; i < ruleIndexes.Length; i++)
        {
            if (matched[i])
            {
                Find(ruleIndexes[i], text, reportBefore, hits, first);
            }
        }

        hits.Sort(first, hits.Count - first, Comparer<SecretHit>.Create((a, b) => a.Index.CompareTo(b.Index)));
    }

    /// <summary>Whether <paramref name="value"/> passes the filters of the rule at <paramref name="rule"/>.</summary>
    public bool Accepts(int rule, string value)
    {
        var r = Rules[rule];
        return (r.MinEntropy <= 0 || Entropy.Of(value) >= r.MinEntropy)
            && (!r.FiltersPlaceholders || !Placeholders.IsPlaceholder(value))
            && SecretChecks.Passes(r.Check, value);
    }

    private void Find(int rule, ReadOnlySpan<byte> text, int reportBefore, List<SecretHit> hits, int first)
    {
        var regex = regexes[rule];
        Span<Re2Bounds> groups = stackalloc Re2Bounds[regex.GroupCount + 1];
        var start = 0;
        for (var found = 0; found < MaxPerRule && start <= text.Length && regex.TryFindGroups(text, start, groups); found++)
        {
            var secret = FirstGroup(groups);
            start = groups[0].Length == 0 ? groups[0].End + 1 : groups[0].End;
            if (secret.Index >= reportBefore)
            {
                break;
            }

            if (Overlaps(hits, first, secret))
            {
                continue;
            }

            var value = Encoding.UTF8.GetString(text.Slice(secret.Index, secret.Length));
            if (Accepts(rule, value))
            {
                hits.Add(new SecretHit(rule, secret.Index, secret.Length, value, groups[0].Index));
            }
        }
    }

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

    private static bool Overlaps(List<SecretHit> hits, int first, Re2Bounds secret)
    {
        for (var i = first; i < hits.Count; i++)
        {
            if (hits[i].Index < secret.End && secret.Index < hits[i].End)
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
