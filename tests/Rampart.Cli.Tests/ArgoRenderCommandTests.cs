namespace Rampart.Cli.Tests;

/// <summary><c>rampart render</c> on a file of Argo CD Applications.</summary>
public sealed class ArgoRenderCommandTests
{
    private const string Application = """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: settings
        spec:
          destination:
            namespace: web
          source:
            repoURL: https://example.com/repo.git
            path: manifests
            kustomize:
              namePrefix: prod-
        """;

    [Fact]
    public void Application_file_prints_what_its_source_renders_to_in_the_destination_namespace()
    {
        using var repo = new TempFolder()
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("apps/settings.yaml", Application)
            .Write("manifests/kustomization.yaml", "resources:\n- cm.yaml\n")
            .Write("manifests/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: \"1\"\n");

        var run = CliRun.Of("render", repo["apps/settings.yaml"]);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("apiVersion: v1\ndata:\n  a: \"1\"\nkind: ConfigMap\nmetadata:\n  name: prod-settings\n  namespace: web\n", run.Out);
    }

    [Fact]
    public void Chart_missing_from_the_cache_is_said_not_checked()
    {
        using var repo = new TempFolder()
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: redis\nspec:\n  source:\n    repoURL: https://charts.example.com\n    chart: redis\n    targetRevision: 1.2.3\n");
        using var cache = new TempFolder();

        var run = CliRun.Of("render", repo["app.yaml"], "--cache-dir", cache.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("rampart: not checked: Argo CD application redis (app.yaml): the chart 'redis' 1.2.3 from https://charts.example.com", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Helm_options_for_an_application_file_are_a_usage_error()
    {
        using var repo = new TempFolder().Write("app.yaml", Application);

        var run = CliRun.Of("render", repo["app.yaml"], "--set", "a=b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--set applies to a Helm chart", run.Error, StringComparison.Ordinal);
    }
}
