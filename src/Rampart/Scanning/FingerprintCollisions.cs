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
    /// <summary>Resolves the collisions of <paramref name="findings"/> in place; the cost is one pass plus a sort of the colliding ones.</summary>
    public static void Resolve(List<Finding> findings, Func<Finding, Finding> fingerprint)
    {
        var first = new Dictionary<(string, string), int>();
        List<int>? colliding = null;
        for (var i = 0; i < findings.Count; i++)
        {
            if (!first.TryAdd((findings[i].Fingerprint, findings[i].Location.Path), i))
            {
                (colliding ??= []).Add(i);
            }
        }

        if (colliding is null)
        {
            return;
        }

        var groups = colliding
            .Concat(colliding.Select(i => first[(findings[i].Fingerprint, findings[i].Location.Path)]))
            .Distinct()
            .GroupBy(i => (findings[i].Fingerprint, findings[i].Location.Path));
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
}
