using Rampart.Findings;

namespace Rampart.Scanning;

/// <summary>
/// Makes the fingerprints of one file's findings unique. Two findings of a rule on the same resource and field (or,
/// without a resource, in the same file) with the same discriminator would share a fingerprint, and a baseline or a
/// waiver of one would cover the other. The first of them in line order keeps its fingerprint; each later one gets
/// its occurrence (<c>#2</c>, <c>#3</c>) added to its discriminator. The same resource in two files keeps one
/// fingerprint on purpose (one manifest per environment): the baseline pairs those one to one.
/// </summary>
internal static class FingerprintCollisions
{
    /// <summary>
    /// Resolves the collisions of <paramref name="findings"/> in place; the cost is one pass plus a sort of the colliding
    /// ones. The pass keeps one position per distinct fingerprint and file (a set of indexes into the list, compared
    /// through the findings), not a copy of each key: it runs when every finding of the scan is held.
    /// </summary>
    public static void Resolve(List<Finding> findings, Func<Finding, Finding> fingerprint)
    {
        var first = new HashSet<int>(findings.Count, new SameKey(findings));
        List<int>? colliding = null;
        for (var i = 0; i < findings.Count; i++)
        {
            if (!first.Add(i))
            {
                (colliding ??= []).Add(i);
            }
        }

        if (colliding is null)
        {
            return;
        }

        var groups = colliding
            .Concat(colliding.Select(i => first.TryGetValue(i, out var kept) ? kept : i))
            .Distinct()
            .GroupBy(i => first.TryGetValue(i, out var kept) ? kept : i);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(i => findings[i].Location.Line).ThenBy(i => findings[i].Location.Column).ThenBy(i => findings[i].Message, StringComparer.Ordinal).ToList();
            for (var n = 1; n < ordered.Count; n++)
            {
                var finding = findings[ordered[n]];
                findings[ordered[n]] = fingerprint(finding with { Discriminator = $"{finding.Discriminator}#{n + 1}" });
            }
        }
    }

    /// <summary>Two positions are the same key when their findings have the same fingerprint and file.</summary>
    private sealed class SameKey(List<Finding> findings) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) =>
            findings[x].SameFingerprint(findings[y]) && string.Equals(findings[x].Location.Path, findings[y].Location.Path, StringComparison.Ordinal);

        public int GetHashCode(int obj) => HashCode.Combine(findings[obj].FingerprintHash(), StringComparer.Ordinal.GetHashCode(findings[obj].Location.Path));
    }
}
