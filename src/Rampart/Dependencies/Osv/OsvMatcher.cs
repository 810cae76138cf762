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
    private readonly Dictionary<(string, string), List<OsvCandidate<OsvRecord>>> index = [];

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

                list.Add(new OsvCandidate<OsvRecord>(record, record.Id, affected));
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

        return Merge(package, Hits(package, candidates));
    }

    /// <summary>
    /// The records among <paramref name="candidates"/> (a record, however the caller holds it; its id; one of its
    /// <c>affected</c> entries for this package) that affect <paramref name="package"/>, each with the fixed versions
    /// of the ranges that include it. Candidates of one id count as one record, named by the first of them; hits come
    /// in the order their ids first appear.
    /// </summary>
    internal static List<OsvHit<T>> Hits<T>(InventoryPackage package, IReadOnlyList<OsvCandidate<T>> candidates)
        where T : class
    {
        var byId = new Dictionary<string, List<OsvCandidate<T>>>(StringComparer.Ordinal);
        var groups = new List<List<OsvCandidate<T>>>();
        foreach (var candidate in candidates)
        {
            if (!byId.TryGetValue(candidate.Id, out var group))
            {
                byId[candidate.Id] = group = [];
                groups.Add(group);
            }

            group.Add(candidate);
        }

        var hits = new List<OsvHit<T>>();
        foreach (var group in groups)
        {
            var fixes = new List<string>();
            var affected = false;
            foreach (var candidate in group)
            {
                var entry = candidate.Affected;
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
                hits.Add(new OsvHit<T>(group[0].Record, fixes));
            }
        }

        return hits;
    }

    /// <summary>The matches of <paramref name="package"/> from its <see cref="Hits"/>: records whose ids or aliases overlap become one.</summary>
    internal static List<VulnerabilityMatch> Merge(InventoryPackage package, List<OsvHit<OsvRecord>> hits)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var order = VersionOrders.For(package.Ecosystem);
        var groups = new List<OsvMergeGroup>();
        foreach (var hit in hits)
        {
            var merged = new OsvMergeGroup(new HashSet<string>([hit.Record.Id, .. hit.Record.Aliases], StringComparer.Ordinal), [hit]);
            foreach (var group in groups.FindAll(g => g.Ids.Overlaps(merged.Ids)))
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
            var id = Named(records);
            var fixes = members.SelectMany(m => m.Fixed).Distinct(StringComparer.Ordinal).ToList();
            if (order is not null)
            {
                fixes.Sort(order);
            }

            matches.Add(new VulnerabilityMatch(package, id, ids.Where(i => i != id).Order(StringComparer.Ordinal).ToList(), records)
            {
                FixedVersions = fixes,
                SuggestedFix = order is null ? null : fixes.Find(f => order.Compare(f, package.Version) > 0),
            });
        }

        return matches.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Which id names a merged match: a database's own id before a CVE, then the first in ordinal order.</summary>
    private static string Named(List<OsvRecord> records)
    {
        var best = records[0].Id;
        foreach (var record in records)
        {
            var (preference, bestPreference) = (Preference(record.Id), Preference(best));
            if (preference < bestPreference || (preference == bestPreference && string.CompareOrdinal(record.Id, best) < 0))
            {
                best = record.Id;
            }
        }

        return best;
    }

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
