using System.IO.Compression;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary><c>rampart db update</c> against OSV's layout served on 127.0.0.1, and from a folder.</summary>
public sealed class DbUpdateCommandTests
{
    private static string Record(string id, string ecosystem, string name) =>
        $$"""{"id": "{{id}}", "affected": [{"package": {"ecosystem": "{{ecosystem}}", "name": "{{name}}"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]}]}""";

    private static TempFolder Bucket()
    {
        var bucket = new TempFolder();
        foreach (var (ecosystem, name) in new[] { ("npm", "left-pad"), ("PyPI", "requests") })
        {
            Directory.CreateDirectory(bucket[ecosystem]);
            using var zip = ZipFile.Open(bucket[$"{ecosystem}/all.zip"], ZipArchiveMode.Create);
            foreach (var i in Enumerable.Range(1, 3))
            {
                using var writer = new StreamWriter(zip.CreateEntry($"{ecosystem}-{i}.json").Open());
                writer.Write(Record($"{ecosystem.ToUpperInvariant()}-{i}", ecosystem, name));
            }
        }

        return bucket;
    }

    [Fact]
    public void Update_imports_each_ecosystem_into_the_cache_folder()
    {
        using var bucket = Bucket();
        using var cache = new TempFolder();
        using var server = LocalHttpServer.ForFolder(bucket.Root);

        var run = CliRun.Of("db", "update", "--source", server.BaseUrl, "--cache-dir", cache.Root, "--ecosystem", "npm", "PyPI");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"npm: 3 records from {server.BaseUrl}npm/all.zip", run.Out, StringComparison.Ordinal);
        Assert.Contains($"PyPI: 3 records from {server.BaseUrl}PyPI/all.zip", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(cache["osv/advisories.db"]));
    }

    [Fact]
    public void An_ecosystem_that_is_not_found_is_reported_and_exits_2_while_the_others_import()
    {
        using var bucket = Bucket();
        using var cache = new TempFolder();
        using var server = LocalHttpServer.ForFolder(bucket.Root);

        var run = CliRun.Of("db", "update", "--source", server.BaseUrl, "--cache-dir", cache.Root, "--ecosystem", "npm", "--ecosystem", "Hackage");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("npm: 3 records", run.Out, StringComparison.Ordinal);
        Assert.Equal($"rampart: Hackage: {server.BaseUrl}Hackage/all.zip: not found (HTTP 404)", run.Error.Trim());
        Assert.True(File.Exists(cache["osv/advisories.db"]));
    }

    [Fact]
    public void The_cache_folder_comes_from_RAMPART_CACHE_DIR_when_no_option_names_one()
    {
        using var records = new TempFolder().Write("a/GHSA-1.json", Record("GHSA-1", "npm", "left-pad")).Write("notes.txt", "not a record");
        using var cache = new TempFolder();

        var run = CliRun.With(new Dictionary<string, string?> { ["RAMPART_CACHE_DIR"] = cache.Root }, "db", "update", "--source", records.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"npm: 1 records from {records.Root}, 1 other files skipped", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(cache["osv/advisories.db"]));
    }

    [Fact]
    public void A_source_that_is_neither_a_url_nor_a_folder_is_a_usage_error()
    {
        using var cache = new TempFolder();

        var run = CliRun.Of("db", "update", "--source", "ftp://example.com/osv", "--cache-dir", cache.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only http, https and file URLs or a folder", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cache["osv/advisories.db"]));
    }
}
