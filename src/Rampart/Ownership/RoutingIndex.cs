using System.Collections.Concurrent;
using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Ownership;

/// <summary>
/// Which routing rules match a finding, without trying every rule on every finding. Each condition is
/// answered once per distinct value as the set of rules it lets through (a bit per rule): the category,
/// responsibility and scope by table, the globs by <see cref="RoutingField"/>, which caches per value. A
/// finding's rules are then the intersection of a few such sets, a word operation per 64 rules, and the
/// outcome (owners in rule order, last responsibility set) is built once per distinct set of rules. The
/// answer is the one trying every rule in order gives.
/// </summary>
internal sealed class RoutingIndex
{
    /// <summary>Outcomes are kept for this many distinct sets of matching rules before the cache starts over.</summary>
    private const int MaxOutcomes = 100_000;

    private readonly IReadOnlyList<RoutingRule> rules;
    private readonly IReadOnlyList<string>[] owners;
    private readonly int words;
    private readonly Dictionary<Category, ulong[]> byCategory = [];
    private readonly Dictionary<Responsibility, ulong[]> byResponsibility = [];
    private readonly ulong[] anyCategory;
    private readonly ulong[] anyResponsibility;
    private readonly ulong[] clusterScoped;
    private readonly ulong[] namespaced;
    private readonly ulong[] noResource;
    private readonly RoutingField ruleIds;
    private readonly RoutingField paths;
    private readonly RoutingField kinds;
    private readonly RoutingField namespaces;
    private readonly ConcurrentDictionary<ulong[], RoutingOutcome> outcomes = new(RuleMaskComparer.Instance);

    // Scratch masks of the calling thread, so a finding allocates nothing when its outcome is known.
    [ThreadStatic]
    private static ulong[]? scratchMask;

    [ThreadStatic]
    private static ulong[]? scratchIds;

    private readonly string pathPrefix;

    /// <param name="rules">The routing rules, in order.</param>
    /// <param name="canonical">How an owner is written in results (a team name becomes the team's first handle).</param>
    /// <param name="pathPrefix">Put before a finding's path for the path globs (<see cref="RampartConfig.PathPrefix"/>).</param>
    public RoutingIndex(IReadOnlyList<RoutingRule> rules, Func<string, string> canonical, string pathPrefix = "")
    {
        this.pathPrefix = pathPrefix;
        this.rules = rules;
        words = RuleMask.Words(rules.Count);
        owners = [.. rules.Select(r => (IReadOnlyList<string>)[.. r.Owners.Select(canonical)])];
        anyCategory = Where(r => r.Category is null);
        anyResponsibility = Where(r => r.Responsibility is null);
        foreach (var category in Enum.GetValues<Category>())
        {
            byCategory[category] = Where(r => r.Category is null || r.Category == category);
        }

        foreach (var responsibility in Enum.GetValues<Responsibility>())
        {
            byResponsibility[responsibility] = Where(r => r.Responsibility is null || r.Responsibility == responsibility);
        }

        clusterScoped = Where(r => r.ClusterScoped is null or true);
        namespaced = Where(r => r.ClusterScoped is null or false);
        noResource = Where(r => r.ClusterScoped is null);
        ruleIds = new RoutingField(rules, r => r.RuleIds);
        paths = new RoutingField(rules, r => r.Paths);
        kinds = new RoutingField(rules, r => r.Kinds);
        namespaces = new RoutingField(rules, r => r.Namespaces);
    }

    /// <summary>The owners the matching rules add and the responsibility the last of them sets, if any.</summary>
    public RoutingOutcome Outcome(Finding finding, StepCounter? steps = null)
    {
        if (rules.Count == 0)
        {
            return RoutingOutcome.None;
        }

        var mask = Matching(finding, steps);
        if (outcomes.TryGetValue(mask, out var known))
        {
            return known;
        }

        mask = (ulong[])mask.Clone();
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Responsibility? responsibility = null;
        foreach (var rule in RuleMask.Members(mask))
        {
            found.AddRange(owners[rule].Where(seen.Add));
            responsibility = rules[rule].SetResponsibility ?? responsibility;
            if (steps is not null)
            {
                steps.Steps += 1 + owners[rule].Count;
            }
        }

        var outcome = new RoutingOutcome(found, responsibility);
        if (outcomes.Count >= MaxOutcomes)
        {
            outcomes.Clear();
        }

        outcomes.TryAdd(mask, outcome);
        return outcome;
    }

    /// <summary>The rules that match <paramref name="finding"/>, as bits, in the calling thread's scratch mask.</summary>
    private ulong[] Matching(Finding finding, StepCounter? steps)
    {
        var mask = Scratch(ref scratchMask);
        byCategory.GetValueOrDefault(finding.Category, anyCategory).CopyTo(mask, 0);
        And(mask, byResponsibility.GetValueOrDefault(finding.Responsibility, anyResponsibility));
        var resource = finding.Resource;
        And(mask, resource is null ? noResource : resource.Namespace is null ? clusterScoped : namespaced);
        if (ruleIds.HasConditions)
        {
            // A rule-id glob may match the id or any alias.
            var ids = Scratch(ref scratchIds);
            ruleIds.Passing(finding.RuleId, steps).CopyTo(ids, 0);
            foreach (var alias in finding.Aliases)
            {
                Or(ids, ruleIds.Passing(alias, steps));
            }

            And(mask, ids);
        }

        And(mask, paths.Passing(pathPrefix.Length == 0 ? finding.Location.Path : pathPrefix + finding.Location.Path, steps));
        And(mask, kinds.Passing(resource?.Kind, steps));
        And(mask, namespaces.Passing(resource?.Namespace, steps));
        if (steps is not null)
        {
            steps.Steps += words * (7 + finding.Aliases.Count);
        }

        return mask;
    }

    private ulong[] Scratch(ref ulong[]? array) => array is { Length: var length } && length == words ? array : array = new ulong[words];

    private ulong[] Where(Func<RoutingRule, bool> test)
    {
        var mask = new ulong[words];
        for (var i = 0; i < rules.Count; i++)
        {
            if (test(rules[i]))
            {
                RuleMask.Set(mask, i);
            }
        }

        return mask;
    }

    private static void And(ulong[] mask, ulong[] other)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            mask[w] &= other[w];
        }
    }

    private static void Or(ulong[] mask, ulong[] other)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            mask[w] |= other[w];
        }
    }
}
