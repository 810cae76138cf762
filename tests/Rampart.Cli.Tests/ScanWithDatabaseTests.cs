using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary><c>rampart scan</c> reads the vulnerability database that <c>rampart db update</c> imported into the cache folder.</summary>
public sealed class ScanWithDatabaseTests
{
    private const string Lockfile = """
        {
          "name": "app",
          "version": "1.0.0",
          "lockfileVersion": 3,
          "packages": {
            "": { "name": "app", "version": "1.0.0", "dependencies": { "left-pad": "^1.0.0" } },
            "node_modules/left-pad": { "version": "1.3.0" }
          }
        }
        """;

    private const string Record = """{"id": "GHSA-test-0001", "aliases": ["CVE-2099-0001"], "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}], "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.4.0"}]}]}]}""";

    [Fact]
    public void A_scan_matches_lockfiles_against_the_imported_database_of_its_cache_folder()
    {
        using var records = new TempFolder().Write("npm/GHSA-test-0001.json", Record);
        using var cache = new TempFolder();
        using var repo = new TempFolder().Write("app/package-lock.json", Lockfile);
        Assert.Equal(0, CliRun.Of("db", "update", "--source", records.Root, "--cache-dir", cache.Root).ExitCode);

        var run = CliRun.Of("scan", repo.Root, "--scanners", "vuln", "--cache-dir", cache.Root, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"ruleId\": \"RMP-VULN-001\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("GHSA-test-0001", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"critical\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"1.4.0\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_database_the_lockfiles_are_said_not_checked_and_nothing_is_downloaded()
    {
        using var cache = new TempFolder();
        using var repo = new TempFolder().Write("app/package-lock.json", Lockfile);

        var run = CliRun.Of("scan", repo.Root, "--scanners", "vuln", "--cache-dir", cache.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no vulnerability data", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cache.Root, "osv")));
    }

    [Fact]
    public void A_database_this_version_cannot_read_is_named_in_a_warning_and_the_lockfiles_are_said_not_checked()
    {
        using var cache = new TempFolder().Write("osv/advisories.db", "not a database of this version");
        using var repo = new TempFolder().Write("app/package-lock.json", Lockfile);

        var run = CliRun.Of("scan", repo.Root, "--scanners", "vuln", "--cache-dir", cache.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rampart: warning: the vulnerability database", run.Error, StringComparison.Ordinal);
        Assert.Contains("run 'rampart db update'", run.Error, StringComparison.Ordinal);
        Assert.Contains("no vulnerability data", run.Out, StringComparison.Ordinal);
    }
}
