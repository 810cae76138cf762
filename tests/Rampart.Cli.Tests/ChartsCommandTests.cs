using System.Formats.Tar;
using System.IO.Compression;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary><c>rampart charts pull</c> against a Helm repository served on 127.0.0.1 for the test.</summary>
public sealed class ChartsCommandTests
{
    private static TempFolder Repository()
    {
        var repo = new TempFolder().Write("index.yaml", "apiVersion: v1\nentries:\n  demo:\n  - name: demo\n    version: 1.0.0\n    urls:\n    - charts/demo-1.0.0.tgz\n  - name: demo\n    version: 2.0.0\n    urls:\n    - charts/demo-2.0.0.tgz\n");
        foreach (var version in new[] { "1.0.0", "2.0.0" })
        {
            var full = repo[$"charts/demo-{version}.tgz"];
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var file = File.Create(full);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
            var chart = System.Text.Encoding.UTF8.GetBytes($"apiVersion: v2\nname: demo\nversion: {version}\n");
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "demo/Chart.yaml") { DataStream = new MemoryStream(chart) });
        }

        return repo;
    }

    [Fact]
    public void Pull_keeps_the_version_the_range_picks_in_the_cache_folder()
    {
        using var repo = Repository();
        using var cache = new TempFolder();
        using var server = LocalHttpServer.ForFolder(repo.Root);

        var run = CliRun.Of("charts", "pull", server.BaseUrl, "demo", "--version", "1.x", "--cache-dir", cache.Root);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Cached demo 1.0.0 from {server.BaseUrl} in {Path.Combine(cache.Root, "charts")}", run.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(cache.Root, "charts"), "1.0.0.tgz", SearchOption.AllDirectories));
    }

    [Fact]
    public void Cache_folder_comes_from_the_environment_when_no_option_names_one()
    {
        using var repo = Repository();
        using var cache = new TempFolder();

        var run = CliRun.With(new Dictionary<string, string?> { ["RAMPART_CACHE_DIR"] = cache.Root }, "charts", "pull", repo.Root, "demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(cache.Root, "charts"), "2.0.0.tgz", SearchOption.AllDirectories));
    }

    [Fact]
    public void Unreachable_repository_exits_with_2_and_says_so()
    {
        using var cache = new TempFolder();

        var run = CliRun.Of("charts", "pull", "http://127.0.0.1:1/", "demo", "--cache-dir", cache.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rampart: cannot reach http://127.0.0.1:1/index.yaml", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cache.Root, "*", SearchOption.AllDirectories));
    }
}
