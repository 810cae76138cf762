using Rampart.Schemas;
using Rampart.Testing;

namespace Rampart.Tests.Schemas;

public sealed class SchemaPullerTests : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private static readonly FetchLimits Quick = new() { RequestTimeout = TimeSpan.FromSeconds(10), Attempts = 3, RetryDelay = TimeSpan.FromMilliseconds(10) };

    private readonly string cache = Path.Combine(Path.GetTempPath(), "rampart-schema-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public async Task Pull_stores_each_group_version_in_the_cache_and_skips_those_the_release_lacks()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = LocalHttpServer.ForFolder(corpus, path => path.StartsWith("/v1.35.0/", StringComparison.Ordinal) ? path["/v1.35.0/".Length..] : null);
        var puller = new SchemaPuller(Http, new SchemaPullOptions { BaseUrl = server.BaseUrl + "v{version}/", Layout = OpenApiLayout.Directory, CacheRoot = cache, Fetch = Quick });

        var result = await puller.PullAsync("1.35", TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(Path.Combine(cache, "1.35.0"), result.Directory);
        Assert.Equal(12, result.Downloaded.Count);
        Assert.Contains(new GroupVersion("resource.k8s.io", "v1"), result.NotFound);
        Assert.True(File.Exists(Path.Combine(cache, "1.35.0", "api", "v1.json")));
        Assert.True(File.Exists(Path.Combine(cache, "1.35.0", "apis", "apps", "v1.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(corpus, "apis", "apps", "v1.json")), File.ReadAllBytes(Path.Combine(cache, "1.35.0", "apis", "apps", "v1.json")));
        Assert.Empty(Directory.GetDirectories(cache, ".*"));
    }

    [Fact]
    public async Task Pull_reads_the_file_names_of_the_kubernetes_repository_by_default()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = LocalHttpServer.ForFolder(corpus, path =>
            OpenApiFileNames.FromRepositoryName(path.Split('/')[^1]) is { } gv && path.StartsWith("/v1.35.2/api/openapi-spec/v3/", StringComparison.Ordinal)
                ? OpenApiFileNames.For(gv, OpenApiLayout.Directory)
                : null);
        var puller = new SchemaPuller(Http, new SchemaPullOptions
        {
            BaseUrl = SchemaPullOptions.DefaultBaseUrl.Replace("https://raw.githubusercontent.com/kubernetes/kubernetes/", server.BaseUrl, StringComparison.Ordinal),
            CacheRoot = cache,
            Fetch = Quick,
        });

        var result = await puller.PullAsync("v1.35.2", TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(12, result.Downloaded.Count);
        Assert.True(File.Exists(Path.Combine(cache, "1.35.2", "apis", "batch", "v1.json")));
    }

    [Fact]
    public async Task Pulled_cache_is_used_by_the_analyzer_for_its_kubernetes_version()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = LocalHttpServer.ForFolder(corpus, path => path.StartsWith("/1.35.0/", StringComparison.Ordinal) ? path["/1.35.0/".Length..] : null);
        var puller = new SchemaPuller(Http, new SchemaPullOptions { BaseUrl = server.BaseUrl + "{version}/", Layout = OpenApiLayout.Directory, CacheRoot = cache, Fetch = Quick });
        Assert.True((await puller.PullAsync("1.35", TestContext.Current.CancellationToken)).Succeeded);

        var findings = SchemaAssert.Analyze("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
                - port: web
            """, new SchemaOptions { KubernetesVersion = "1.35", CacheRoot = cache, UseBuiltIn = false });

        var finding = Assert.Single(findings);
        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("spec.ports[0].port", finding.Location.FieldPath);
    }

    [Fact]
    public async Task Document_that_is_not_openapi_keeps_the_previous_cache_and_names_the_url()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        var previous = Path.Combine(cache, "1.35.0", "api", "v1.json");
        Directory.CreateDirectory(Path.GetDirectoryName(previous)!);
        File.WriteAllText(previous, "{\"components\":{\"schemas\":{}}}");
        using var server = new LocalHttpServer(path => path.EndsWith("/apis/apps/v1.json", StringComparison.Ordinal)
            ? (200, "<html>rate limited</html>"u8.ToArray(), TimeSpan.Zero)
            : File.Exists(Path.Combine(corpus, path.TrimStart('/'))) ? (200, File.ReadAllBytes(Path.Combine(corpus, path.TrimStart('/'))), TimeSpan.Zero) : (404, [], TimeSpan.Zero));
        var puller = new SchemaPuller(Http, new SchemaPullOptions { BaseUrl = server.BaseUrl, Layout = OpenApiLayout.Directory, CacheRoot = cache, Fetch = Quick });

        var result = await puller.PullAsync("1.35", TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Contains(server.BaseUrl + "apis/apps/v1.json", error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error, StringComparison.Ordinal);
        Assert.Equal("{\"components\":{\"schemas\":{}}}", File.ReadAllText(previous));
        Assert.Empty(Directory.GetDirectories(cache, ".*"));
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_with_the_url()
    {
        using var server = new LocalHttpServer(_ => (503, "busy"u8.ToArray(), TimeSpan.Zero));
        var puller = new SchemaPuller(Http, new SchemaPullOptions
        {
            BaseUrl = server.BaseUrl,
            Layout = OpenApiLayout.Directory,
            CacheRoot = cache,
            Fetch = Quick,
            GroupVersions = [new GroupVersion("", "v1")],
        });

        var result = await puller.PullAsync("1.35", TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, server.Requests);
        Assert.Contains(server.BaseUrl + "api/v1.json", error, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cache, "1.35.0")));
    }

    [Fact]
    public async Task Slow_and_oversized_answers_are_errors()
    {
        // The slow server never answers, so only the request timeout can end the request, however loaded the machine.
        using var slow = new LocalHttpServer(_ => (200, "{}"u8.ToArray(), Timeout.InfiniteTimeSpan));
        using var large = new LocalHttpServer(_ => (200, new byte[4096], TimeSpan.Zero));
        var limits = Quick with { RequestTimeout = TimeSpan.FromMilliseconds(300), Attempts = 1, MaxDocumentBytes = 1024 };
        var core = new[] { new GroupVersion("", "v1") };

        var timedOut = await new SchemaPuller(Http, new SchemaPullOptions { BaseUrl = slow.BaseUrl, Layout = OpenApiLayout.Directory, CacheRoot = cache, Fetch = limits, GroupVersions = core })
            .PullAsync("1.35", TestContext.Current.CancellationToken);
        // The size limit is checked with a generous timeout, so a loaded machine cannot turn it into a timeout.
        var tooLarge = await new SchemaPuller(Http, new SchemaPullOptions { BaseUrl = large.BaseUrl, Layout = OpenApiLayout.Directory, CacheRoot = cache, Fetch = limits with { RequestTimeout = TimeSpan.FromSeconds(30) }, GroupVersions = core })
            .PullAsync("1.35", TestContext.Current.CancellationToken);

        Assert.Contains("no complete answer within 0.3 s", Assert.Single(timedOut.Errors), StringComparison.Ordinal);
        Assert.Contains("larger than the limit of 1,024 bytes", Assert.Single(tooLarge.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1")]
    [InlineData("1.35/../..")]
    public async Task Version_that_is_not_a_release_number_is_refused(string version)
    {
        var result = await new SchemaPuller(Http, new SchemaPullOptions { CacheRoot = cache }).PullAsync(version, TestContext.Current.CancellationToken);

        Assert.Contains("is not a Kubernetes version", Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
