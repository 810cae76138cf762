using System.Text.Json;
using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Dependencies;
using Rampart.Dependencies.Database;
using Rampart.Dependencies.Inventory;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Scanning;

/// <summary>
/// Trivy's integration fixtures (vuln/fixtures/trivy-integration): its database fixtures converted to OSV records
/// (<see cref="TrivyAdvisoryConverter"/>) and imported as <c>rampart db update</c> imports a folder, then each golden's
/// input folder of <c>repo/</c> scanned, and the (file, package, version, vulnerability, fixed versions) of the
/// golden's results compared with Rampart's findings. See docs/conformance.md for the table and the differences.
/// </summary>
public sealed class TrivyFixtureTests
{
    private const string Fixtures = "vuln/fixtures/trivy-integration";

    /// <summary>Shared by the goldens: the converted records imported once into a database.</summary>
    private static readonly Lazy<(string Cache, int Records)> Imported = new(Import);

    public static TheoryData<string, int> LanguageGoldens() => new()
    {
        // golden, vulnerabilities Rampart must agree on (the golden's whole count unless docs/conformance.md explains).
        { "cargo.lock.json.golden", 0 },
        { "composer.lock.json.golden", 1 },
        { "dotnet.json.golden", 1 },
        { "gomod.json.golden", 5 },
        { "gomod-skip.json.golden", 4 },
        { "gomod-vex.json.golden", 4 },
        { "gradle.json.golden", 2 },
        { "npm.json.golden", 1 },
        { "npm-with-dev.json.golden", 1 },
        { "nuget.json.golden", 1 },
        { "packagesprops.json.golden", 1 },
        { "pip.json.golden", 2 },
        { "pipenv.json.golden", 2 },
        { "pnpm.json.golden", 2 },
        { "poetry.json.golden", 1 },
        { "pom.json.golden", 2 },
        { "uv.json.golden", 2 },
        { "yarn.json.golden", 1 },
    };

    [Theory]
    [MemberData(nameof(LanguageGoldens))]
    public async Task Scanning_the_golden_input_finds_the_golden_vulnerabilities(string golden, int agreed)
    {
        var root = RepositoryPaths.CorpusFolder(Fixtures);
        var expected = Expected(Path.Combine(root, "golden", golden));
        var name = golden[..golden.IndexOf('.', StringComparison.Ordinal)];
        var folder = Path.Combine(root, "repo", name.Replace("-with-dev", "", StringComparison.Ordinal).Replace("-skip", "", StringComparison.Ordinal).Replace("-vex", "", StringComparison.Ordinal));
        var vex = name.EndsWith("-vex", StringComparison.Ordinal) ? [Path.Combine(root, "vex", "openvex.json")] : Array.Empty<string>();

        var found = await Found(folder, vex);
        if (name.EndsWith("-skip", StringComparison.Ordinal))
        {
            // Trivy's golden skipped the folder submod2 (--skip-dirs); Rampart scans it, so its rows are left out.
            found.RemoveWhere(row => row.File.StartsWith("submod2/", StringComparison.Ordinal));
        }

        // Nothing beyond the golden and nothing missed (submod2/go.mod, at go 1.15, has its go.sum read as Trivy does).
        Assert.Empty(found.Except(expected));
        Assert.Empty(expected.Except(found));
        Assert.Equal(agreed, expected.Intersect(found).Count());
    }

    [Fact]
    public void The_goldens_Rampart_does_not_compare_are_os_packages_or_a_lockfile_it_does_not_read()
    {
        var root = RepositoryPaths.CorpusFolder(Fixtures);
        var compared = LanguageGoldens().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        var others = Directory.EnumerateFiles(Path.Combine(root, "golden")).Select(Path.GetFileName).Where(f => !compared.Contains(f!)).Order(StringComparer.Ordinal).ToList();

        var osPackages = others.Where(f => Classes(Path.Combine(root, "golden", f!)).All(c => c == "os-pkgs")).ToList();
        var unread = others.Except(osPackages).ToList();

        Assert.Equal(["alpine-310.sarif.golden", "alpine-39-ignore-cveids.json.golden", "alpine-39.json.golden", "debian-buster-ignore-unfixed.json.golden", "debian-buster.json.golden", "ubuntu-1804.json.golden"], osPackages);
        Assert.Equal(["bun.json.golden"], unread);
        Assert.Null(LockfileReaders.For("bun.lock"));
    }

    [Fact]
    public void The_converted_records_import_into_the_database()
    {
        var (cache, records) = Imported.Value;

        using var database = AdvisoryDatabase.Open(cache).Database;

        // Buckets of the eight ecosystems Rampart reads, one record per ecosystem and vulnerability id: 3 npm, 3 pip,
        // 1 nuget, 3 maven, 3 go, 2 cargo, 1 composer, 4 rubygems.
        Assert.NotNull(database);
        Assert.Equal(records, database.Sources.Sum(s => s.Records));
        Assert.Equal(20, records);
    }

    private static async Task<HashSet<(string File, string Package, string Version, string Id, string Fixed)>> Found(string folder, IReadOnlyList<string> vex)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(folder),
            Config = RampartConfig.Default,
            Vulnerabilities = new VulnerabilityOptions { CacheDirectory = Imported.Value.Cache, VexDocuments = vex },
            Today = new DateOnly(2026, 12, 1),
        };
        var outcome = await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return outcome.Report!.Findings
            .Where(f => f.Category == Category.Vulnerability && f.Status != FindingStatus.Suppressed)
            .Select(f => (f.Location.Path, f.Package!.Name, f.Package.Version, f.Aliases[0], Fixes(f.Package.Ecosystem, f.Package.FixedVersions)))
            .ToHashSet();
    }

    /// <summary>The rows of a golden's language-package results; the fixed versions sorted and joined.</summary>
    private static HashSet<(string File, string Package, string Version, string Id, string Fixed)> Expected(string golden)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(golden));
        var rows = new HashSet<(string, string, string, string, string)>();
        foreach (var result in json.RootElement.GetProperty("Results").EnumerateArray().Where(r => r.GetProperty("Class").GetString() == "lang-pkgs"))
        {
            if (!result.TryGetProperty("Vulnerabilities", out var vulnerabilities))
            {
                continue;
            }

            foreach (var v in vulnerabilities.EnumerateArray())
            {
                var fixedVersions = v.TryGetProperty("FixedVersion", out var f) ? f.GetString()!.Split(", ", StringSplitOptions.RemoveEmptyEntries) : [];
                rows.Add((result.GetProperty("Target").GetString()!, v.GetProperty("PkgName").GetString()!, v.GetProperty("InstalledVersion").GetString()!,
                    v.GetProperty("VulnerabilityID").GetString()!, Fixes(result.GetProperty("Type").GetString() == "gomod" ? "Go" : "", fixedVersions)));
            }
        }

        return rows;
    }

    /// <summary>Fixed versions as one comparable text; Go's without the <c>v</c> that Trivy keeps and OSV drops.</summary>
    private static string Fixes(string ecosystem, IEnumerable<string> versions) =>
        string.Join(", ", versions.Select(v => ecosystem == "Go" ? v.TrimStart('v') : v).Order(StringComparer.Ordinal));

    private static List<string> Classes(string golden)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(golden));
        if (json.RootElement.TryGetProperty("Results", out var results))
        {
            return [.. results.EnumerateArray().Select(r => r.GetProperty("Class").GetString()!)];
        }

        // A SARIF golden: each result's location is the scanned artifact, a container image archive for OS packages.
        return [.. json.RootElement.GetProperty("runs").EnumerateArray().SelectMany(run => run.GetProperty("results").EnumerateArray())
            .SelectMany(r => r.GetProperty("locations").EnumerateArray())
            .Select(l => l.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .Select(uri => uri.Contains("/images/", StringComparison.Ordinal) ? "os-pkgs" : "lang-pkgs")];
    }

    private static (string Cache, int Records) Import()
    {
        var root = RepositoryPaths.CorpusFolder(Fixtures);
        var work = Rampart.Tests.Dependencies.Database.OsvArchives.TempFolder();
        var records = TrivyAdvisoryConverter.Write(Path.Combine(root, "db"), Path.Combine(work, "osv"));
        var cache = Path.Combine(work, "cache");
        var updater = new DatabaseUpdater(Rampart.Schemas.SharedHttp.Client, ArchiveLimits.Default, TimeProvider.System);
        var result = updater.UpdateAsync(cache, Path.Combine(work, "osv"), [], CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, string.Join("; ", result.Imports.Select(i => i.Error)));
        return (cache, records);
    }
}
