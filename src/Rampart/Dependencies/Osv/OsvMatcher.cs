using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;

namespace Rampart.Dependencies.Osv;

/// <summary>
/// Matches packages against OSV records exactly: by ecosystem and normalized name, then by the record's explicit
/// <c>versions</c> or its <c>SEMVER</c> and <c>ECOSYSTEM</c> ranges (<c>GIT</c> ranges name commits, not releases,
/// and are not used). Withdrawn records are ignored. Records whose ids or aliases overlap become one match.
/// Built once over the records; thread-safe afterwards.
/// </summary>
public sealed class OsvMatcher
{
    private readonly Dictionary<(string, string), List<(OsvRecord Record, OsvAffected Affected)>> index = [];

    public OsvMatcher(IEnumerable<OsvRecord> records)
    {
        foreach (var record in records)
        {
            if (record.Withdrawn is not null)
            {
                continue;
            }

            foreach (var affected in record.Affected)
            {
                var key = Key(affected.Ecosystem, affected.Name);
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add((record, affected));
            }
        }
    }

    public IReadOnlyList<VulnerabilityMatch> Match(InventoryPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!index.TryGetValue(Key(package.Ecosystem, package.Name), out var candidates))
        {
            return [];
        }

        return Merge(package, Hits(package, candidates.Select(c => (c.Record, c.Record.Id, c.Affected))));
    }

    /// <summary>
    /// The records among <paramref name="candidates"/> (a record, however the caller names it; its id; one of its
    /// <c>affected</c> entries for this package) that affect <paramref name="package"/>, each with the fixed versions
    /// of the ranges that include it. Candidates of one id count as one record, named by the first of them.
    /// </summary>
    internal static List<(T Record, List<string> Fixed)> Hits<T>(InventoryPackage package, IEnumerable<(T Record, string Id, OsvAffected Affected)> candidates)
    {
        var hits = new List<(T Record, List<string> Fixed)>();
        foreach (var group in candidates.GroupBy(c => c.Id, StringComparer.Ordinal))
        {
            var record = group.First().Record;
            var fixes = new List<string>();
            var affected = false;
            foreach (var (_, _, entry) in group)
            {
                if (!SameEcosystem(entry.Ecosystem, package.Ecosystem))
                {
                    continue;
                }

                affected |= entry.Versions.Contains(package.Version, StringComparer.Ordinal);
                foreach (var range in entry.Ranges)
                {
                    if (RangeEvaluation.OrderFor(range, package.Ecosystem) is { } rangeOrder && RangeEvaluation.Includes(range, package.Version, rangeOrder))
                    {
                        affected = true;
                        fixes.AddRange(range.Events.Where(e => e.Kind == OsvEvent.Fixed).Select(e => e.Version));
                    }
                }
            }

            if (affected)
            {
                hits.Add((record, fixes));
            }
        }

        return hits;
    }

    /// <summary>The matches of <paramref name="package"/> from its <see cref="Hits"/>: records whose ids or aliases overlap become one.</summary>
    internal static List<VulnerabilityMatch> Merge(InventoryPackage package, List<(OsvRecord Record, List<string> Fixed)> hits)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var order = VersionOrders.For(package.Ecosystem);
        var groups = new List<(HashSet<string> Ids, List<(OsvRecord Record, List<string> Fixed)> Members)>();
        foreach (var hit in hits)
        {
            var ids = new HashSet<string>([hit.Record.Id, .. hit.Record.Aliases], StringComparer.Ordinal);
            var joined = groups.Where(g => g.Ids.Overlaps(ids)).ToList();
            var merged = (Ids: ids, Members: new List<(OsvRecord, List<string>)> { hit });
            foreach (var group in joined)
            {
                merged.Ids.UnionWith(group.Ids);
                merged.Members.AddRange(group.Members);
                groups.Remove(group);
            }

            groups.Add(merged);
        }

        var matches = new List<VulnerabilityMatch>();
        foreach (var (ids, members) in groups)
        {
            var records = members.Select(m => m.Record).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var id = records.Select(r => r.Id).OrderBy(Preference).ThenBy(i => i, StringComparer.Ordinal).First();
            var fixes = members.SelectMany(m => m.Fixed).Distinct(StringComparer.Ordinal).ToList();
            if (order is not null)
            {
                fixes.Sort(order);
            }

            matches.Add(new VulnerabilityMatch(package, id, ids.Where(i => i != id).Order(StringComparer.Ordinal).ToList(), records)
            {
                FixedVersions = fixes,
                SuggestedFix = order is null ? null : fixes.FirstOrDefault(f => order.Compare(f, package.Version) > 0),
            });
        }

        return matches.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Which id names a merged match: a database's own id before a CVE.</summary>
    private static int Preference(string id) => id.StartsWith("CVE-", StringComparison.Ordinal) ? 1 : 0;

    /// <summary>The index key of a package: its ecosystem without a release suffix, and its name normalized that ecosystem's way.</summary>
    internal static (string, string) Key(string ecosystem, string name)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var family = colon > 0 ? ecosystem[..colon] : ecosystem;
        return (family, PackageNames.Normalize(family, name));
    }

    /// <summary>An ecosystem with a release (<c>Debian:12</c>) matches only that release; a bare one any.</summary>
    private static bool SameEcosystem(string record, string package) =>
        !record.Contains(':', StringComparison.Ordinal) || !package.Contains(':', StringComparison.Ordinal) || record == package;
}
