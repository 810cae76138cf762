using Rampart.Rendering;
using Rampart.Rendering.Charts;
using Rampart.Rendering.GitOps;
using Rampart.Tests.Rendering.Helm;

namespace Rampart.Tests.Rendering.GitOps;

public sealed class FluxHelmReleaseSourceTests
{
    private const string Chart = "apiVersion: v2\nname: app\nversion: 1.0.0\n";
    private const string Template = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n  paused: {{ .Values.paused }}\n";

    private static string Release(string spec) =>
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  interval: 5m\n" + spec;

    private const string GitChart = "  chart:\n    spec:\n      chart: ./charts/app\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n        namespace: flux-system\n";

    private static TestRepository WithChart() => new TestRepository()
        .File("charts/app/Chart.yaml", Chart)
        .File("charts/app/values.yaml", "replicas: 1\npaused: false\n")
        .File("charts/app/templates/deploy.yaml", Template);

    private static EntryPointRender Render(TestRepository repository) => repository.Render(new FluxHelmReleaseSource(), "apps/web.yaml");

    [Fact]
    public void A_chart_from_this_repository_renders_with_the_release_values_at_their_lines()
    {
        var repository = WithChart().File("apps/web.yaml", Release(GitChart + "  values:\n    replicas: 4\n"));
        var render = Render(repository);
        Assert.Empty(render.Findings);
        var deployment = Assert.Single(render.Objects);
        Assert.Equal("Deployment/apps/web", deployment.Resource.ToString());
        Assert.Equal(("apps/web.yaml", 16), Tree.Place(Tree.Scalar(deployment.Root, "spec", "replicas")));
        Assert.Equal(4, Tree.Scalar(deployment.Root, "spec", "replicas").Int);
        Assert.Equal(("charts/app/values.yaml", 2), Tree.Place(Tree.Scalar(deployment.Root, "spec", "paused")));
        Assert.Equal(["charts/app/Chart.yaml", "charts/app/templates/deploy.yaml"], deployment.Chain);
        Assert.Contains("apps/web.yaml", render.SourceFiles);
        Assert.Contains("charts/app/values.yaml", render.SourceFiles);
    }

    [Fact]
    public void Target_namespace_and_release_name_follow_the_helm_controller()
    {
        var repository = WithChart().File("apps/web.yaml", Release(GitChart + "  targetNamespace: prod\n"));
        Assert.Equal("Deployment/prod/prod-web", Assert.Single(Render(repository).Objects).Resource.ToString());
        var named = WithChart().File("apps/web.yaml", Release(GitChart + "  targetNamespace: prod\n  releaseName: site\n  storageNamespace: elsewhere\n"));
        Assert.Equal("Deployment/prod/site", Assert.Single(Render(named).Objects).Resource.ToString());
    }

    [Fact]
    public void Values_from_a_configmap_key_and_a_target_path_stand_at_their_data_lines()
    {
        var repository = WithChart()
            .File("apps/web.yaml", Release(GitChart + "  valuesFrom:\n  - kind: ConfigMap\n    name: web-values\n    valuesKey: prod.yaml\n  - kind: Secret\n    name: web-secret\n    valuesKey: flag\n    targetPath: paused\n  - kind: ConfigMap\n    name: nowhere\n    optional: true\n"))
            .File("apps/values.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-values\n  namespace: apps\ndata:\n  prod.yaml: |\n    replicas: 6\n")
            .File("apps/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secret\n  namespace: apps\nstringData:\n  flag: \"yes\"\n");
        var render = Render(repository);
        Assert.Empty(render.Findings);
        var root = Assert.Single(render.Objects).Root;
        Assert.Equal(("apps/values.yaml", 8), Tree.Place(Tree.Scalar(root, "spec", "replicas")));
        Assert.Equal(6, Tree.Scalar(root, "spec", "replicas").Int);
        Assert.Equal(("apps/secret.yaml", 7), Tree.Place(Tree.Scalar(root, "spec", "paused")));
        Assert.Equal("yes", Tree.Scalar(root, "spec", "paused").Text);
    }

    [Fact]
    public void A_missing_values_source_that_is_not_optional_is_not_checked_and_says_so()
    {
        var repository = WithChart().File("apps/web.yaml", Release(GitChart + "  valuesFrom:\n  - kind: Secret\n    name: creds\n"));
        var render = Render(repository);
        Assert.Empty(render.Objects);
        Assert.Equal(["Flux HelmRelease apps/web: valuesFrom reads the Secret apps/creds is not in the repository; what it installs was not checked."], render.NotChecked);
    }

    [Fact]
    public void A_chart_from_a_helm_repository_is_not_checked_and_the_info_names_chart_and_version()
    {
        var repository = new TestRepository()
            .File("apps/web.yaml", Release("  chart:\n    spec:\n      chart: podinfo\n      version: 6.5.0\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n"))
            .File("apps/repo.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: apps\nspec:\n  url: https://stefanprodan.github.io/podinfo\n");
        var render = Render(repository);
        Assert.Empty(render.Objects);
        Assert.Equal(["Flux HelmRelease apps/web: chart podinfo version 6.5.0 from the HelmRepository podinfo (https://stefanprodan.github.io/podinfo) is not in the chart cache, or its cached archive cannot be read (rampart charts pull https://stefanprodan.github.io/podinfo podinfo --version 6.5.0); what it installs was not checked."], render.NotChecked);
    }

    [Fact]
    public void A_chart_from_a_helm_repository_renders_from_the_chart_cache_with_the_release_values()
    {
        using var work = new TempChart();
        work.Archive("podinfo.tgz", ("podinfo/Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: 6.5.0\n"), ("podinfo/values.yaml", "replicas: 1\npaused: false\n"), ("podinfo/templates/deploy.yaml", Template));
        var cache = new ChartCache(Path.Combine(work.Root, "cache"));
        cache.Store("https://stefanprodan.github.io/podinfo", "podinfo", "6.5.0", File.ReadAllBytes(Path.Combine(work.Root, "podinfo.tgz")));
        var repository = new TestRepository()
            .File("apps/web.yaml", Release("  chart:\n    spec:\n      chart: podinfo\n      version: \">=6.0.0 <7.0.0\"\n      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n  values:\n    replicas: 3\n"))
            .File("apps/repo.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: apps\nspec:\n  url: https://stefanprodan.github.io/podinfo\n");

        var render = repository.Render(new FluxHelmReleaseSource(cache), "apps/web.yaml");

        Assert.Empty(render.Findings);
        Assert.Empty(render.NotChecked);
        var deployment = Assert.Single(render.Objects);
        Assert.Equal("Deployment/apps/web", deployment.Resource.ToString());
        Assert.Equal(3, Tree.Scalar(deployment.Root, "spec", "replicas").Int);
        Assert.Equal(("apps/web.yaml", 16), Tree.Place(Tree.Scalar(deployment.Root, "spec", "replicas")));
    }

    [Fact]
    public void A_chart_ref_to_a_helm_chart_of_this_repository_renders_and_one_to_an_oci_repository_is_not_checked()
    {
        var viaHelmChart = WithChart()
            .File("apps/web.yaml", Release("  chartRef:\n    kind: HelmChart\n    name: app\n"))
            .File("apps/chart.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmChart\nmetadata:\n  name: app\n  namespace: apps\nspec:\n  chart: charts/app\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n");
        Assert.Equal("Deployment/apps/web", Assert.Single(Render(viaHelmChart).Objects).Resource.ToString());
        var viaOci = new TestRepository()
            .File("apps/web.yaml", Release("  chartRef:\n    kind: OCIRepository\n    name: podinfo\n"))
            .File("apps/oci.yaml", "apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: OCIRepository\nmetadata:\n  name: podinfo\n  namespace: apps\nspec:\n  url: oci://ghcr.io/stefanprodan/charts/podinfo\n  ref:\n    tag: 6.5.0\n");
        Assert.Equal(["Flux HelmRelease apps/web: its chart is the OCIRepository apps/podinfo (oci://ghcr.io/stefanprodan/charts/podinfo:6.5.0), which is not in this repository; the chart it installs was not checked."], Render(viaOci).NotChecked);
    }

    [Fact]
    public void A_chart_path_without_a_chart_is_a_finding_at_the_chart_line()
    {
        var render = Render(new TestRepository().File("apps/web.yaml", Release(GitChart)));
        var finding = Assert.Single(render.Findings);
        Assert.Equal((FluxRules.Invalid.Id, "apps/web.yaml", 10), (finding.RuleId, finding.Location.Path, finding.Location.Line));
    }
}
