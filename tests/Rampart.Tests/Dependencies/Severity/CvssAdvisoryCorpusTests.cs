using Rampart.Dependencies.Osv;
using Rampart.Dependencies.Severity;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Severity;

/// <summary>
/// The real OSV records of the corpus (vuln/advisories): every CVSS vector they carry is valid, and where a record
/// states the database's own severity next to its vectors, the rating of the computed score (of the newest version) agrees with it.
/// </summary>
public sealed class CvssAdvisoryCorpusTests
{
    [Fact]
    public void Computed_ratings_agree_with_the_database_severity()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/advisories");
        var failures = new List<string>();
        var (vectors, compared, comparedV4) = (0, 0, 0);
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "INDEX.json").Order(StringComparer.Ordinal))
        {
            var (record, error) = OsvReader.Read(File.ReadAllBytes(file));
            Assert.True(record is not null, $"{file}: {error}");
            vectors += record.SeverityVectors.Count;
            var assessment = VulnerabilitySeverity.Assess([record]);
            failures.AddRange(assessment.Problems);

            var stated = SeverityRatings.FromDatabaseWord(record.DatabaseSeverity);
            if (stated is null || record.SeverityVectors.Count == 0)
            {
                continue;
            }

            compared++;
            comparedV4 += assessment.Vector?.StartsWith("CVSS:4.0/", StringComparison.Ordinal) == true ? 1 : 0;
            if (assessment.Rating != stated)
            {
                failures.Add($"{record.Id}: {assessment.Vector} scores {assessment.Score} ({assessment.Rating}), the database says {record.DatabaseSeverity}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
        Assert.True(vectors > 150, $"only {vectors} vectors");
        Assert.True(compared > 100, $"only {compared} records compared");
        Assert.True(comparedV4 >= 10, $"only {comparedV4} records compared by a v4.0 score");
    }
}
