using System.Globalization;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;
using Rampart.Dependencies.Scanning;
using Rampart.Dependencies.Severity;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Scanning;

/// <summary>
/// The osv-scanner fixtures of the corpus (vuln/fixtures): its offline scan (lockfiles, a folder of OSV records, the
/// expected tables) and the santatracker lockfile with the 170 records its remediation test used. See
/// docs/conformance.md for what differs and why.
/// </summary>
public sealed class OsvScannerFixtureTests
{
    private static readonly string[] LockfileNames = ["composer.lock", "package-lock.json", "yarn.lock", "Gemfile.lock"];

    /// <summary>The rows of the expected tables for the lockfiles Rampart reads: id, ecosystem, package, version, fix ("--" for none), CVSS score.</summary>
    private static HashSet<(string Id, string Ecosystem, string Name, string Version, string Fix, string Score)> ExpectedRows(string snapshot)
    {
        var rows = new HashSet<(string, string, string, string, string, string)>();
        foreach (var line in File.ReadLines(snapshot).Where(l => l.StartsWith("| https://osv.dev/", StringComparison.Ordinal)))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            var source = cells[7];
            if (LockfileNames.Contains(source[(source.LastIndexOf('/') + 1)..]))
            {
                rows.Add((cells[1]["https://osv.dev/".Length..], cells[3], cells[4], cells[5], cells[6], cells[2]));
            }
        }

        return rows;
    }

    [Fact]
    public void The_offline_scan_of_the_lockfiles_gives_the_expected_vulnerabilities_fixes_and_scores()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/fixtures/osv-scanner-offline");
        var expected = ExpectedRows(Path.Combine(root, "expected", "TestCommand_LocalDatabases.snap.txt"));
        var (source, errors) = DirectoryAdvisorySource.Open(Path.Combine(root, "offline-dbs"));
        Assert.Empty(errors);

        var actual = new HashSet<(string, string, string, string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "inputs", "locks-many-with-insecure")).Where(f => LockfileNames.Contains(Path.GetFileName(f))))
        {
            var inventory = LockfileReaders.Read(LockfileReaders.For(Path.GetFileName(file))!, Path.GetFileName(file), File.ReadAllBytes(file));
            Assert.Null(inventory.Problem);
            foreach (var match in VulnerabilityAnalyzer.Match(source, inventory.Packages))
            {
                var score = VulnerabilitySeverity.Assess(match).Score;
                actual.Add((match.Id, match.Package.Ecosystem, match.Package.Name, match.Package.Version, match.SuggestedFix ?? "--",
                    score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : ""));
            }
        }

        // The same five vulnerabilities of the same packages and versions, with the same CVSS scores; the fixes agree
        // on 4 of 5 rows. The fifth is a Drupal record whose ecosystem carries its registry
        // (Packagist:https://packages.drupal.org/8): osv-scanner shows no fix for it, Rampart its fixed version 4.2.2.
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Select(Identity).Order(), actual.Select(Identity).Order());
        Assert.Equal(4, expected.Intersect(actual).Count());
        Assert.Contains(("DRUPAL-CONTRIB-2025-083", "Packagist", "drupal/simple_sitemap", "4.2.1", "4.2.2", ""), actual);

        static (string, string, string, string, string) Identity((string Id, string Ecosystem, string Name, string Version, string Fix, string Score) row) =>
            (row.Id, row.Ecosystem, row.Name, row.Version, row.Score);
    }

    [Fact]
    public void The_santatracker_lockfile_matches_the_records_of_its_bundle()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/fixtures/osv-scanner-santatracker");
        var records = DirectoryAdvisorySource.ReadFile(File.ReadAllBytes(Path.Combine(root, "vulns.json"))).Select(r => r.Record!).ToList();
        Assert.Equal(170, records.Count);
        var inventory = LockfileReaders.Read(LockfileReaders.For("package-lock.json")!, "package-lock.json", File.ReadAllBytes(Path.Combine(root, "package-lock.json")));

        var matches = VulnerabilityAnalyzer.Match(DirectoryAdvisorySource.Of(records), inventory.Packages);

        // The bundle has no expected result: it is every record of the packages osv-scanner's remediation test
        // considered, whatever their versions (42 name no package of this lockfile). Gate at today's figures:
        // 65 vulnerabilities of installed versions, from 50 of the 170 records.
        var matched = matches.SelectMany(m => m.Records).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(65, matches.Count);
        Assert.Equal(50, matched.Count);
        var babel = Assert.Single(matches, m => m.Id == "GHSA-968p-4wvh-cqc8" && m.Package.Name == "@babel/helpers");
        Assert.Equal(("7.6.0", "7.26.10"), (babel.Package.Version, babel.SuggestedFix));
    }
}
