using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Osv;

/// <summary>
/// The real OSV records of the corpus (vuln/advisories): each reads, and for every affected entry with one
/// SEMVER or ECOSYSTEM range (the only entry of its package) the record's own boundaries hold — an explicit <c>introduced</c> version and a
/// <c>last_affected</c> version match, a <c>fixed</c> version does not; every listed version matches.
/// </summary>
public sealed class OsvAdvisoryCorpusTests
{
    private static readonly HashSet<string> Covered = ["npm", "PyPI", "Maven", "Go", "crates.io", "NuGet", "RubyGems", "Packagist", "Debian", "Alpine"];

    [Fact]
    public void Every_advisory_matches_its_own_boundaries()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/advisories");
        var failures = new List<string>();
        var checks = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "INDEX.json").Order(StringComparer.Ordinal))
        {
            var (record, error) = OsvReader.Read(File.ReadAllBytes(file));
            if (record is null)
            {
                failures.Add($"{file}: {error}");
                continue;
            }

            var matcher = new OsvMatcher([record]);
            foreach (var affected in record.Affected.Where(a => Covered.Contains(a.Ecosystem.Split(':')[0])))
            {
                var ranges = affected.Ranges.Where(r => r.Type is OsvRange.SemVer or OsvRange.EcosystemType).ToList();
                var expectations = affected.Versions.Select(v => (v, true)).ToList();
                var alone = record.Affected.Count(a => a.Ecosystem == affected.Ecosystem
                    && PackageNames.Normalize(a.Ecosystem, a.Name) == PackageNames.Normalize(affected.Ecosystem, affected.Name)) == 1;
                if (alone && ranges.Count == 1 && affected.Versions.Count == 0)
                {
                    var events = ranges[0].Events;
                    var introduced = events.Where(e => e.Kind == OsvEvent.Introduced && e.Version != "0").Select(e => e.Version).ToList();
                    var fixes = events.Where(e => e.Kind == OsvEvent.Fixed).Select(e => e.Version).ToList();

                    // A version both introduced and fixed opens an empty range: it is left out of both lists.
                    expectations.AddRange(introduced.Where(v => !fixes.Contains(v)).Select(v => (v, true)));
                    expectations.AddRange(events.Where(e => e.Kind == OsvEvent.LastAffected).Select(e => (e.Version, true)));
                    expectations.AddRange(fixes.Where(f => !introduced.Contains(f)).Select(f => (f, false)));
                }

                foreach (var (version, expected) in expectations)
                {
                    checks++;
                    var package = new InventoryPackage(affected.Ecosystem, affected.Name, version, 1);
                    if (matcher.Match(package).Any(m => m.Records.Contains(record)) != expected)
                    {
                        failures.Add($"{record.Id} {affected.Ecosystem}/{affected.Name}@{version}: expected {(expected ? "a match" : "no match")}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks failed:\n" + string.Join('\n', failures.Take(40)));
        Assert.True(checks > 300, $"only {checks} checks");
    }
}
