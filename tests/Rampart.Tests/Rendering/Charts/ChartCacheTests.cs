using System.Security.Cryptography;
using Rampart.Rendering.Charts;
using Rampart.Testing;
using Rampart.Tests.Rendering.Helm;

namespace Rampart.Tests.Rendering.Charts;

/// <summary>Pulling charts from a Helm repository served on 127.0.0.1 into the cache, and finding them again.</summary>
public sealed class ChartCacheTests : IDisposable
{
    private readonly TempChart repository = new();
    private readonly string cacheFolder = Directory.CreateTempSubdirectory("rampart-cache-").FullName;

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(cacheFolder, recursive: true);
    }

    /// <summary>Writes mychart at each version and an index.yaml listing them (with true digests unless told otherwise).</summary>
    private void Repository(string[] versions, string? wrongDigest = null, string extraEntry = "")
    {
        var index = new System.Text.StringBuilder("apiVersion: v1\nentries:\n  mychart:\n");
        foreach (var version in versions)
        {
            var file = $"mychart-{version}.tgz";
            var entries = new List<(string, string)>
            {
                ("mychart/Chart.yaml", $"apiVersion: v2\nname: mychart\nversion: {version}\n"),
                ("mychart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n"),
            };
            if (extraEntry.Length > 0)
            {
                entries.Add((extraEntry, "x"));
            }

            repository.Archive("repo/" + file, [.. entries]);
            var digest = wrongDigest ?? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(repository.Root, "repo", file))));
            index.Append($"  - name: mychart\n    version: {version}\n    digest: {digest}\n    urls:\n    - {file}\n");
        }

        repository.File("repo/index.yaml", index.ToString());
    }

    private ChartPullResult Pull(string url, string? version, long maxArchive = 1 << 20)
    {
        using var http = new HttpClient();
        var pull = new ChartPull(new ChartCache(cacheFolder), http) { MaxArchiveBytes = maxArchive };
        return pull.PullAsync(url, "mychart", version, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public void Pull_picks_the_newest_version_in_the_range_and_find_returns_it()
    {
        Repository(["1.2.0", "1.3.0", "2.0.0"]);
        using var server = LocalHttpServer.ForFolder(Path.Combine(repository.Root, "repo"));

        var result = Pull(server.BaseUrl, "^1.2");
        var cache = new ChartCache(cacheFolder);

        Assert.Null(result.Error);
        Assert.Equal("1.3.0", result.Version);
        Assert.True(File.Exists(result.Path));
        Assert.Equal(result.Path, cache.Find(server.BaseUrl.TrimEnd('/'), "mychart", "~1.3"));
        Assert.Equal(result.Path, cache.Find(server.BaseUrl.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal), "mychart", null));
        Assert.Null(cache.Find(server.BaseUrl, "mychart", "1.2.0"));
        Assert.Null(cache.Find("https://elsewhere.example.com", "mychart", "1.3.0"));
    }

    [Fact]
    public void Archive_whose_digest_is_not_the_index_one_is_not_kept()
    {
        Repository(["1.0.0"], wrongDigest: new string('0', 64));
        using var server = LocalHttpServer.ForFolder(Path.Combine(repository.Root, "repo"));

        var result = Pull(server.BaseUrl, "1.0.0");

        Assert.Contains("sha256 digest", result.Error, StringComparison.Ordinal);
        Assert.Null(new ChartCache(cacheFolder).Find(server.BaseUrl, "mychart", "1.0.0"));
    }

    [Fact]
    public void Archive_with_an_entry_outside_the_chart_folder_is_refused()
    {
        Repository(["1.0.0"], extraEntry: "mychart/../../escape.txt");
        using var server = LocalHttpServer.ForFolder(Path.Combine(repository.Root, "repo"));

        var result = Pull(server.BaseUrl, null);

        Assert.Contains("outside the chart's folder", result.Error, StringComparison.Ordinal);
        Assert.Null(new ChartCache(cacheFolder).Find(server.BaseUrl, "mychart", null));
    }

    [Fact]
    public void Archive_over_the_size_limit_is_not_downloaded()
    {
        Repository(["1.0.0"]);
        using var server = LocalHttpServer.ForFolder(Path.Combine(repository.Root, "repo"));

        var result = Pull(server.BaseUrl, null, maxArchive: 10);

        Assert.Contains("larger than 10 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_repository_and_unknown_version_are_clear_errors()
    {
        Repository(["1.0.0"]);
        string url;
        using (var server = LocalHttpServer.ForFolder(Path.Combine(repository.Root, "repo")))
        {
            url = server.BaseUrl;
            Assert.Contains("no version of 'mychart' matches '3.x' (listed: 1.0.0)", Pull(url, "3.x").Error, StringComparison.Ordinal);
        }

        Assert.StartsWith($"cannot reach {url}index.yaml", Pull(url, null).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_laid_out_as_a_repository_is_a_source_too()
    {
        Repository(["0.9.0", "1.0.0-rc.1"]);
        var folder = Path.Combine(repository.Root, "repo");

        var result = Pull(folder, null);

        Assert.Equal("0.9.0", result.Version);
        Assert.Equal(result.Path, new ChartCache(cacheFolder).Find(new Uri(folder).AbsoluteUri, "mychart", "0.9.0"));
    }

    [Theory]
    [InlineData(null, "2.0.0")]
    [InlineData("^1.0", "1.2.3")]
    [InlineData("1.0.0", "1.0.0")]
    [InlineData(">=2.0.0-0", "2.1.0-rc.1")]
    [InlineData("9.9.9", null)]
    [InlineData("not a range", null)]
    public void Version_is_exact_or_the_newest_in_the_range(string? wanted, string? picked) =>
        Assert.Equal(picked, ChartVersions.Pick(["1.0.0", "1.2.3", "2.0.0", "2.1.0-rc.1"], wanted));

    [Fact]
    public void Charts_are_kept_under_the_cache_folder_from_the_option_then_the_variable_then_the_user_cache()
    {
        var variables = new Dictionary<string, string?> { ["RAMPART_CACHE_DIR"] = "/tmp/from-variable", ["XDG_CACHE_HOME"] = "/tmp/xdg" };

        Assert.Equal("/tmp/from-option/charts", ChartCache.Locate("/tmp/from-option", variables.GetValueOrDefault).Folder);
        Assert.Equal("/tmp/from-variable/charts", ChartCache.Locate(null, variables.GetValueOrDefault).Folder);
        Assert.Equal("/tmp/xdg/rampart/charts", ChartCache.Locate(null, new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "/tmp/xdg" }.GetValueOrDefault).Folder);
    }
}
