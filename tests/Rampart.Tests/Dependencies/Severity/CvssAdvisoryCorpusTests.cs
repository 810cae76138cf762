using Rampart.Dependencies.Osv;
using Rampart.Dependencies.Severity;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Severity;

/// <summary>
/// The real OSV records of the corpus (vuln/advisories): every CVSS vector they carry is valid, and where a record
/// states the database's own severity next to v3 vectors only, the rating of the computed base score agrees with it.
/// </summary>
public sealed class CvssAdvisoryCorpusTests
{
    [Fact]
    public void Computed_v3_ratings_agree_with_the_database_severity()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/advisories");
        var failures = new List<string>();
        var (vectors, compared) = (0, 0);
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "INDEX.json").Order(StringComparer.Ordinal))
        {
            var (record, error) = OsvReader.Read(File.ReadAllBytes(file));
            Assert.True(record is not null, $"{file}: {error}");
            vectors += record.SeverityVectors.Count;
            var assessment = VulnerabilitySeverity.Assess([record]);
            failures.AddRange(assessment.Problems);

            var stated = SeverityRatings.FromDatabaseWord(record.DatabaseSeverity);
            if (stated is null || record.SeverityVectors.Count == 0 || record.SeverityVectors.Any(v => v.StartsWith("CVSS:4.0/", StringComparison.Ordinal)))
            {
                continue;
            }

            compared++;
            if (assessment.Rating != stated)
            {
                failures.Add($"{record.Id}: {assessment.Vector} scores {assessment.Score} ({assessment.Rating}), the database says {record.DatabaseSeverity}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
        Assert.True(vectors > 150, $"only {vectors} vectors");
        Assert.True(compared > 100, $"only {compared} records compared");
    }
}
