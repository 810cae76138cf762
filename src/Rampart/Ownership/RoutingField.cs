using System.Collections.Concurrent;
using Rampart.Configuration;

namespace Rampart.Ownership;

/// <summary>
/// One glob condition of the routing rules (rule ids, paths, kinds or namespaces), answered for a value as
/// the set of rules whose condition the value passes: those without the condition, and those with a glob
/// that matches. A glob is filed under its literal start (<c>apps/shop/</c> of <c>apps/shop/**</c>, all of
/// <c>RMP-K8S-001</c>), or for <c>**/name</c> under the name, and a value tries only the globs filed under its
/// own starts and last name plus the rest; globs written alike in several rules are tried once. Answers are
/// cached per value, up to a bound on their memory.
/// </summary>
internal sealed class RoutingField
{
    /// <summary>Cached answers hold at most this many 64-bit words (8 MB) before the cache starts over.</summary>
    private const long MaxCachedWords = 1L << 20;

    private readonly int words;
    private readonly ulong[] absent;
    private readonly Dictionary<string, List<GlobGroup>> byStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GlobGroup>> byLastName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong[]> cache = new(StringComparer.Ordinal);

    /// <summary>The lengths of the starts globs are filed under: a value looks up only its starts of these lengths.</summary>
    private readonly int[] startLengths;
    private long cachedWords;

    public RoutingField(IReadOnlyList<RoutingRule> rules, Func<RoutingRule, IReadOnlyList<Glob>> condition)
    {
        words = RuleMask.Words(rules.Count);
        absent = new ulong[words];
        var groups = new Dictionary<string, GlobGroup>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var globs = condition(rules[i]);
            if (globs.Count == 0)
            {
                RuleMask.Set(absent, i);
                continue;
            }

            foreach (var glob in globs)
            {
                if (!groups.TryGetValue(glob.Pattern, out var group))
                {
                    group = new GlobGroup(glob, []);
                    groups[glob.Pattern] = group;
                    File(group);
                }

                group.Rules.Add(i);
            }
        }

        HasConditions = groups.Count > 0;
        startLengths = [.. byStart.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>Some rule has this condition (otherwise every value passes every rule).</summary>
    public bool HasConditions { get; }

    /// <summary>The rules <paramref name="value"/> passes; with a null value (no resource, no namespace), only those without the condition.</summary>
    public ulong[] Passing(string? value, StepCounter? steps)
    {
        if (value is null || !HasConditions)
        {
            return absent;
        }

        if (steps is null && cache.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var mask = Compute(value, steps);
        if (steps is null)
        {
            if (Interlocked.Add(ref cachedWords, words) > MaxCachedWords)
            {
                cache.Clear();
                Interlocked.Exchange(ref cachedWords, words);
            }

            cache[value] = mask;
        }

        return mask;
    }

    private ulong[] Compute(string value, StepCounter? steps)
    {
        var mask = (ulong[])absent.Clone();
        var starts = byStart.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in startLengths)
        {
            if (length > value.Length)
            {
                break;
            }

            if (steps is not null)
            {
                steps.Steps += length;
            }

            if (starts.TryGetValue(value.AsSpan(0, length), out var filed))
            {
                Try(filed, value, mask, steps);
            }
        }

        var slash = value.LastIndexOf('/');
        if (byLastName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value.AsSpan(slash + 1), out var named))
        {
            Try(named, value, mask, steps);
        }

        if (steps is not null)
        {
            steps.Steps += value.Length - slash;
        }

        return mask;
    }

    private static void Try(List<GlobGroup> groups, string value, ulong[] mask, StepCounter? steps)
    {
        foreach (var group in groups)
        {
            if (steps is not null)
            {
                steps.Steps += 1 + value.Length;
            }

            if (group.Glob.IsMatch(value))
            {
                foreach (var rule in group.Rules)
                {
                    RuleMask.Set(mask, rule);
                }
            }
        }
    }

    /// <summary>Files a glob under what a value must start with, or for <c>**/name</c> under the name it must end with.</summary>
    private void File(GlobGroup group)
    {
        var pattern = group.Glob.Pattern;
        var wildcard = pattern.AsSpan().IndexOfAny('*', '?');
        var start = wildcard < 0 ? pattern : pattern[..wildcard];
        var (table, key) = start.Length == 0 && pattern.StartsWith("**/", StringComparison.Ordinal) && pattern.AsSpan(3).IndexOfAny('*', '?') < 0
            ? (byLastName, pattern[(pattern.LastIndexOf('/') + 1)..])
            : (byStart, start);
        if (!table.TryGetValue(key, out var list))
        {
            list = [];
            table[key] = list;
        }

        list.Add(group);
    }

    /// <summary>One glob as written, and every rule that has it in this condition.</summary>
    private sealed record GlobGroup(Glob Glob, List<int> Rules);
}
