namespace Rampart.Cli.Tests;

public sealed class RenderFluxCommandTests
{
    private const string FluxKustomization =
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps\n  targetNamespace: prod\n  postBuild:\n    substitute:\n      replicas: \"3\"\n";

    [Fact]
    public void A_flux_kustomization_file_prints_its_objects_with_namespace_and_variables_applied()
    {
        using var repo = new TempFolder()
            .Write("clusters/apps.yaml", FluxKustomization)
            .Write("apps/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n");

        var run = CliRun.Of("render", repo["clusters/apps.yaml"], "--root", repo.Root);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  replicas: 3\n", run.Out);
    }

    [Fact]
    public void A_helm_release_whose_chart_is_not_here_prints_nothing_and_says_what_was_not_checked()
    {
        using var repo = new TempFolder()
            .Write("apps/web.yaml", "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  chart:\n    spec:\n      chart: podinfo\n      version: 6.5.0\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n");

        var run = CliRun.Of("render", repo["apps/web.yaml"], "--root", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("chart podinfo version 6.5.0 from the HelmRepository podinfo is not in the chart cache", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_helm_option_for_a_flux_file_is_a_usage_error()
    {
        using var repo = new TempFolder().Write("clusters/apps.yaml", FluxKustomization);

        var run = CliRun.Of("render", repo["clusters/apps.yaml"], "--set", "a=b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("applies to a Helm chart", run.Error, StringComparison.Ordinal);
    }
}
