using System.Collections.Concurrent;
using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Ownership;

/// <summary>
/// The attribute stage: gives every finding its owners (the path's CODEOWNERS, then the owners every
/// matching routing rule adds, in order) and its responsibility (the rule's, unless a matching routing
/// rule sets another; the last such rule wins). Team names in routing rules are written as the team's
/// first handle, so one team is always named the same way. Rules are matched through a
/// <see cref="RoutingIndex"/>, so a finding costs a few set operations however many rules there are.
/// </summary>
public sealed class Attributor
{
    private readonly RampartConfig config;
    private readonly IPathOwners? pathOwners;

    // Findings of one file mostly end with the same owners: share one list per distinct set.
    private readonly Dictionary<string, IReadOnlyList<string>> ownerLists = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The shared list for each pair of a path's owners and a routing outcome's, by the two lists' identity: most
    /// findings of a scan meet a pair met before, and then cost one lookup instead of a merge and a lock.
    /// </summary>
    private readonly ConcurrentDictionary<(IReadOnlyList<string>, IReadOnlyList<string>), IReadOnlyList<string>> merged = new(OwnerListPairComparer.Instance);

    /// <summary>Pairs are kept up to this many before the cache starts over (paths whose owners are not cached give new lists).</summary>
    private const int MaxMerged = 100_000;

    private int merges;

    /// <summary>How many times a path's owners and a routing outcome's were merged into one list (once per pair met).</summary>
    internal int Merges => merges;

    /// <summary>Each team by name (the first of a name wins), for writing a team name as its first handle.</summary>
    private readonly Dictionary<string, TeamConfig> teamsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly RoutingIndex routing;

    public Attributor(RampartConfig config, IPathOwners? pathOwners)
    {
        this.config = config;
        this.pathOwners = pathOwners;
        foreach (var team in config.Teams)
        {
            teamsByName.TryAdd(team.Name, team);
        }

        routing = new RoutingIndex(config.Routing, Canonical, config.PathPrefix);
    }

    public Finding Attribute(Finding finding)
    {
        var (owners, responsibility) = Resolve(finding);
        return ReferenceEquals(owners, finding.Owners) && responsibility == finding.Responsibility
            ? finding
            : finding with { Owners = owners, Responsibility = responsibility };
    }

    /// <summary>
    /// The owners and responsibility <see cref="Attribute"/> would give, without copying the finding (the scan
    /// folds them into the one copy it makes of each finding). Returns the finding's own list when nothing is added.
    /// </summary>
    public (IReadOnlyList<string> Owners, Responsibility Responsibility) Resolve(Finding finding) => Resolve(finding, null);

    /// <summary>As <see cref="Resolve(Finding)"/>; <paramref name="steps"/> counts the routing work.</summary>
    internal (IReadOnlyList<string> Owners, Responsibility Responsibility) Resolve(Finding finding, StepCounter? steps)
    {
        var (fromPath, onePath) = OwnersOfPaths(finding);
        var routed = routing.Outcome(finding, steps);
        var responsibility = routed.Responsibility ?? finding.Responsibility;
        if (fromPath.Count == 0 && routed.Owners.Count == 0 && finding.Owners.Count == 0)
        {
            return (finding.Owners, responsibility);
        }

        if (!onePath)
        {
            return (Shared([.. fromPath, .. routed.Owners]), responsibility);
        }

        var key = (fromPath, routed.Owners);
        if (!merged.TryGetValue(key, out var owners))
        {
            Interlocked.Increment(ref merges);
            owners = Shared([.. fromPath, .. routed.Owners]);
            if (merged.Count >= MaxMerged)
            {
                merged.Clear();
            }

            merged.TryAdd(key, owners);
        }

        return (owners, responsibility);
    }

    /// <summary>
    /// The CODEOWNERS owners of the finding's file and, for a rendered object, of the entry point's file too, so that a
    /// value set in a base or a values file reaches both whoever set it and whoever deploys it.
    /// </summary>
    /// <returns>The owners, and whether they are the list of one path as <see cref="IPathOwners"/> gave it (not a new concatenation).</returns>
    private (IReadOnlyList<string> Owners, bool OnePath) OwnersOfPaths(Finding finding)
    {
        var fromPath = pathOwners?.OwnersOf(finding.Location.Path) ?? NoOwners;
        if (pathOwners is null || finding.Origin is not { } origin || origin.EntryPoint.Path == finding.Location.Path)
        {
            return (fromPath, true);
        }

        var fromEntry = pathOwners.OwnersOf(origin.EntryPoint.Path);
        return fromEntry.Count == 0 ? (fromPath, true) : ([.. fromPath, .. fromEntry], false);
    }

    private static readonly IReadOnlyList<string> NoOwners = [];

    private IReadOnlyList<string> Shared(List<string> owners)
    {
        var distinct = owners.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var key = string.Join('\n', distinct);
        lock (ownerLists)
        {
            if (!ownerLists.TryGetValue(key, out var shared))
            {
                shared = distinct;
                ownerLists[key] = shared;
            }

            return shared;
        }
    }

    /// <summary>Why a finding gets its owners: every step, in the order it was applied.</summary>
    public IReadOnlyList<string> Explain(Finding finding)
    {
        var lines = new List<string>();
        if (pathOwners is null)
        {
            lines.Add("CODEOWNERS: none in use");
        }
        else
        {
            foreach (var path in finding.Origin is { } origin && origin.EntryPoint.Path != finding.Location.Path
                ? [finding.Location.Path, origin.EntryPoint.Path]
                : (string[])[finding.Location.Path])
            {
                var fromPath = pathOwners.OwnersOf(path);
                lines.Add(fromPath.Count == 0
                    ? $"CODEOWNERS: no owner for {path}"
                    : $"CODEOWNERS: {path} is owned by {string.Join(" ", fromPath)}");
            }
        }

        if (config.Routing.Count == 0)
        {
            lines.Add("routing: no rules in rampart.yaml");
        }

        foreach (var rule in config.Routing)
        {
            lines.Add(rule.Mismatch(finding, config.PathPrefix) is { } why
                ? $"routing rule at {rule.Source} does not match: {why}"
                : $"routing rule at {rule.Source} matches: adds {Describe(rule.Owners.Select(Canonical))}{(rule.SetResponsibility is { } r ? $", responsibility {r.ToString().ToLowerInvariant()}" : "")}");
        }

        var result = Attribute(finding);
        lines.Add(result.Owners.Count == 0
            ? $"result: no owner; responsibility {result.Responsibility.ToString().ToLowerInvariant()}"
            : $"result: owners {string.Join(" ", result.Owners)}; responsibility {result.Responsibility.ToString().ToLowerInvariant()}");
        return lines;
    }

    private static string Describe(IEnumerable<string> owners)
    {
        var list = owners.ToList();
        return list.Count == 0 ? "no owners" : string.Join(" ", list);
    }

    private string Canonical(string owner) =>
        teamsByName.TryGetValue(owner, out var team) && team.Handles.Count > 0 ? team.Handles[0] : owner;
}
