using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class SchemasCommandTests
{
    private const string DeploymentWithTypo = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  imagePullPolice: Always
        """;

    [Fact]
    public void Pulled_schemas_are_cached_and_validate_a_later_scan()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = LocalHttpServer.ForFolder(corpus);
        using var work = new TempFolder().Write("repo/deploy.yaml", DeploymentWithTypo);

        var pull = CliRun.Of("schemas", "pull", "--kubernetes-version", "1.35", "--from", server.BaseUrl, "--layout", "directory", "--cache-dir", work["cache"]);

        Assert.Equal(0, pull.ExitCode);
        Assert.True(File.Exists(Path.Combine(work["cache"], "1.35.0", "apis", "apps", "v1.json")), pull.Out + pull.Error);
        var scan = CliRun.Of("scan", work["repo"], "--schemas", Path.Combine(work["cache"], "1.35.0"), "--scanners", "schema", "--format", "json");
        Assert.Contains("spec.template.spec.containers[0].imagePullPolice", scan.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_source_is_a_usage_error_that_leaves_the_cache_untouched()
    {
        using var work = new TempFolder();
        var closed = ClosedPortUrl();

        var pull = CliRun.Of("schemas", "pull", "--kubernetes-version", "1.35", "--from", closed, "--cache-dir", work["cache"]);

        Assert.Equal(2, pull.ExitCode);
        Assert.Contains(closed, pull.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work["cache"], "1.35.0")));
    }

    [Fact]
    public void A_bad_version_is_a_usage_error()
    {
        using var work = new TempFolder();

        Assert.Equal(2, CliRun.Of("schemas", "pull", "--kubernetes-version", "latest", "--cache-dir", work["cache"]).ExitCode);
    }

    /// <summary>A loopback URL nothing listens on, so connections are refused at once (not dropped until a timeout).</summary>
    private static string ClosedPortUrl()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}
