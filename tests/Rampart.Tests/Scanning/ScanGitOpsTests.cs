using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A scan checks what Flux and Argo CD apply: the workloads their objects render, with variables substituted, and
/// not the folders they point at as they stand.
/// </summary>
public sealed class ScanGitOpsTests
{
    private const string GitRepository = """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: GitRepository
        metadata:
          name: flux-system
          namespace: flux-system
        spec:
          url: ssh://git@example.com/platform/cluster
        """;

    /// <summary>A Deployment with Flux variables; <c>privileged: ${privileged}</c> is on line 17.</summary>
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: ${replicas}
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:${tag:=1.27}
                  securityContext:
                    privileged: ${privileged}
        """;

    private const string FluxKustomization = """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: apps
          namespace: flux-system
        spec:
          interval: 10m
          path: ./apps
          prune: true
          targetNamespace: shop
          sourceRef:
            kind: GitRepository
            name: flux-system
          postBuild:
            substitute:
              replicas: "3"
              privileged: "true"
        """;

    [Fact]
    public async Task A_flux_kustomization_is_rendered_with_its_variables_and_its_workload_checked_where_the_variable_was_set()
    {
        using var repo = new RepositoryBuilder()
            .File("clusters/prod/flux-system/source.yaml", GitRepository)
            .File("clusters/prod/apps.yaml", FluxKustomization)
            .File("apps/deployment.yaml", Deployment)
            .Build();

        var report = await Scans.Run(repo);

        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("RMP-SCHEMA-", StringComparison.Ordinal) && f.Location.Path == "apps/deployment.yaml");
        var privileged = Assert.Single(report.Findings, f => f.RuleId == Scans.PrivilegedRule);
        Assert.Equal("shop/web", $"{privileged.Resource!.Namespace}/{privileged.Resource.Name}");
        Assert.Equal(("clusters/prod/apps.yaml", 17), (privileged.Location.Path, privileged.Location.Line));
        var origin = Assert.IsType<Rampart.Findings.RenderOrigin>(privileged.Origin);
        Assert.Equal("clusters/prod/apps.yaml", origin.EntryPoint.Path);
        Assert.Equal(1, report.Coverage.EntryPoints);
        Assert.Equal(1, report.Coverage.RenderedObjects);
    }

    [Fact]
    public async Task The_folder_a_flux_kustomization_renders_is_not_also_checked_as_it_stands()
    {
        using var repo = new RepositoryBuilder()
            .File("clusters/prod/flux-system/source.yaml", GitRepository)
            .File("clusters/prod/apps.yaml", FluxKustomization.Replace("privileged: \"true\"", "privileged: \"false\"", StringComparison.Ordinal))
            .File("apps/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("apps/deployment.yaml", Deployment)
            .Build();

        var report = await Scans.Run(repo);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == Scans.PrivilegedRule);
        Assert.Empty(report.Findings.Where(f => f.Location.Path == "apps/deployment.yaml" && f.Origin is null).Select(f => $"{f.RuleId} {f.Location}: {f.Message}"));
        Assert.Equal(1, report.Coverage.EntryPoints);
    }

    [Fact]
    public async Task An_argo_application_renders_its_chart_with_its_values_and_the_finding_stands_at_the_values_line()
    {
        using var repo = new RepositoryBuilder()
            .File("argo/web.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: web
                  namespace: argocd
                spec:
                  project: default
                  destination:
                    namespace: shop
                  source:
                    repoURL: https://example.com/platform/cluster.git
                    path: charts/web
                    helm:
                      valuesObject:
                        privileged: true
                """)
            .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
            .File("charts/web/values.yaml", "privileged: false\n")
            .File("charts/web/templates/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: {{ .Values.privileged }}\n")
            .Build();

        var report = await Scans.Run(repo);

        var privileged = Assert.Single(report.Findings, f => f.RuleId == Scans.PrivilegedRule);
        Assert.Equal("shop/web", $"{privileged.Resource!.Namespace}/{privileged.Resource.Name}");
        Assert.Equal(("argo/web.yaml", 15), (privileged.Location.Path, privileged.Location.Line));
        Assert.Equal("argoApplication", Assert.IsType<Rampart.Findings.RenderOrigin>(privileged.Origin).EntryPointKind);
        Assert.Equal(1, report.Coverage.EntryPoints);
    }
}
