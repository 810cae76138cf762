using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Dependencies;
using Rampart.Dependencies.Database;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing;
using Rampart.Tests.Dependencies.Database;

namespace Rampart.Tests.Dependencies.Scanning;

/// <summary>
/// Scans a test repository with an advisory folder of invented OSV records: <c>flask</c> below 0.12.3 (and again in
/// 1.0.x below 1.0.1) is critical by its CVSS vector, <c>jinja2</c> 2.10 is rated by the database only.
/// </summary>
internal static class VulnScans
{
    public const string FlaskId = "GHSA-test-flsk-0001";
    public const string FlaskCve = "CVE-2099-1001";
    public const string JinjaId = "PYSEC-2099-7";

    public const string FlaskRecord = """
        {
          "id": "GHSA-test-flsk-0001",
          "aliases": ["CVE-2099-1001"],
          "summary": "Session cookie can be forged",
          "severity": [{ "type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }],
          "affected": [{
            "package": { "ecosystem": "PyPI", "name": "Flask" },
            "ranges": [{ "type": "ECOSYSTEM", "events": [
              { "introduced": "0" }, { "fixed": "0.12.3" }, { "introduced": "1.0" }, { "fixed": "1.0.1" } ] }]
          }]
        }
        """;

    public const string JinjaRecord = """
        {
          "id": "PYSEC-2099-7",
          "summary": "Sandbox escape",
          "database_specific": { "severity": "MODERATE" },
          "affected": [{ "package": { "ecosystem": "PyPI", "name": "jinja2" }, "versions": ["2.10"] }]
        }
        """;

    public static TestRepository Advisories() => new RepositoryBuilder()
        .File("PyPI/GHSA-test-flsk-0001.json", FlaskRecord)
        .File("PyPI/PYSEC-2099-7.json", JinjaRecord)
        .Build();

    /// <summary>A cache folder holding the database <c>db update</c> imports from <see cref="Advisories"/>.</summary>
    public static async Task<string> ImportedCache()
    {
        using var advisories = Advisories();
        var cache = OsvArchives.TempFolder();
        var updater = new DatabaseUpdater(Rampart.Schemas.SharedHttp.Client, ArchiveLimits.Default, TimeProvider.System);
        var result = await updater.UpdateAsync(cache, advisories.Root, [], TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
        return cache;
    }

    public static async Task<ScanOutcome> Outcome(TestRepository repo, VulnerabilityOptions vulnerabilities, string? config = null, Baseline? baseline = null)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Config = config is null ? RampartConfig.Default : Configured(config),
            Vulnerabilities = vulnerabilities,
            Baseline = baseline,
            Today = new DateOnly(2026, 12, 1),
        };
        return await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
    }

    public static async Task<ScanReport> Run(TestRepository repo, TestRepository advisories, string? config = null, IReadOnlyList<string>? vex = null, Baseline? baseline = null)
    {
        var outcome = await Outcome(repo, new VulnerabilityOptions { AdvisoryDirectory = advisories.Root, VexDocuments = vex ?? [] }, config, baseline);
        Assert.Empty(outcome.SetupErrors);
        return outcome.Report!;
    }

    public static List<Finding> Vulnerabilities(this ScanReport report) =>
        [.. report.Findings.Where(f => f.Category == Category.Vulnerability).OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line)];

    private static RampartConfig Configured(string yaml)
    {
        var loaded = ConfigLoader.Parse(yaml, "rampart.yaml");
        Assert.Empty(loaded.Errors);
        return loaded.Config;
    }
}
