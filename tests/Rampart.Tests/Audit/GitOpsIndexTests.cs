using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Configuration;
using Rampart.Ownership;

namespace Rampart.Tests.Audit;

/// <summary>
/// Tracing live objects into a repository read as a scan reads it: through what each Flux or Argo CD object renders,
/// so an object renamed by an overlay, defined in a base elsewhere or by a chart's template leads to that file and line.
/// </summary>
public sealed class GitOpsIndexTests : IDisposable
{
    private static readonly AuditKind DeploymentKind = AuditKind.BuiltIn.Single(k => k.Kind == "Deployment");

    private const string Base = "# the shop's web front\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n";

    private const string Flux = """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: shop
          namespace: flux-system
        spec:
          path: ./apps/shop/prod
          targetNamespace: shop
          sourceRef:
            kind: GitRepository
            name: flux-system
        """;

    private readonly string root = Directory.CreateTempSubdirectory("rampart-gitops-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private GitOpsIndexTests Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    private GitOpsIndexTests Overlay() => Write("clusters/prod/shop.yaml", Flux)
        .Write("apps/shop/base/kustomization.yaml", "resources:\n  - deployment.yaml\n")
        .Write("apps/shop/base/deployment.yaml", Base)
        .Write("apps/shop/prod/kustomization.yaml", "resources:\n  - ../base\nnamePrefix: prod-\n");

    private static LiveObject Live(string name, string ns, string labels, string annotations = "{}") =>
        new(DeploymentKind, JsonNode.Parse($$$"""{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{{{name}}}", "namespace": "{{{ns}}}", "labels": {{{labels}}}, "annotations": {{{annotations}}}}}""")!.AsObject());

    private ObjectTrace Trace(LiveObject obj) => GitOpsIndex.Build(root, RampartConfig.Default, TestContext.Current.CancellationToken).Trace(obj);

    [Fact]
    public void An_object_a_flux_overlay_renames_is_traced_to_the_base_file_and_line_that_define_it()
    {
        Overlay();

        var trace = Trace(Live("prod-web", "shop", """{"kustomize.toolkit.fluxcd.io/name": "shop", "kustomize.toolkit.fluxcd.io/namespace": "flux-system"}"""));

        Assert.Equal("apps/shop/base/deployment.yaml", trace.GitPath);
        Assert.Equal(2, trace.Line);
        Assert.Equal("Flux Kustomization flux-system/shop (clusters/prod/shop.yaml)", trace.Via);
        Assert.Equal("clusters/prod/shop.yaml", trace.DeployerFile);
    }

    [Fact]
    public void An_object_an_argo_cd_application_renders_from_a_base_is_traced_to_the_base_file()
    {
        Overlay().Write("argocd/shop.yaml", """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: shop-prod
              namespace: argocd
            spec:
              destination:
                namespace: shop
              source:
                repoURL: https://git.example/shop.git
                path: apps/shop/prod
            """);

        var byLabel = Trace(Live("prod-web", "shop", """{"app.kubernetes.io/instance": "shop-prod"}"""));
        var byTracking = Trace(Live("prod-web", "shop", "{}", """{"argocd.argoproj.io/tracking-id": "shop-prod:apps/Deployment:shop/prod-web"}"""));

        Assert.Equal(("apps/shop/base/deployment.yaml", 2), (byLabel.GitPath, byLabel.Line));
        Assert.Equal(("apps/shop/base/deployment.yaml", 2), (byTracking.GitPath, byTracking.Line));
        Assert.Equal("Argo CD Application shop-prod (argocd/shop.yaml)", byTracking.Via);
    }

    [Fact]
    public void An_object_a_helm_release_installs_from_a_chart_of_the_repository_is_traced_to_its_template()
    {
        Write("charts/cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 1.0.0\n")
            .Write("charts/cache/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-server\nspec:\n  replicas: 1\n")
            .Write("releases/cache.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: cache
                  namespace: shop
                spec:
                  chart:
                    spec:
                      chart: ./charts/cache
                      sourceRef:
                        kind: GitRepository
                        name: flux-system
                        namespace: flux-system
                """);

        var trace = Trace(Live("cache-server", "shop", """{"helm.toolkit.fluxcd.io/name": "cache", "helm.toolkit.fluxcd.io/namespace": "shop"}"""));

        Assert.Equal("charts/cache/templates/deployment.yaml", trace.GitPath);
        Assert.Equal("Flux HelmRelease shop/cache (releases/cache.yaml)", trace.Via);
    }

    [Fact]
    public void An_object_its_deployer_does_not_render_falls_back_to_the_file_of_its_folder_then_the_folder_and_a_missing_deployer_is_untraced()
    {
        Overlay().Write("apps/shop/prod/extra.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orphan\n");

        var missing = Trace(Live("prod-web", "shop", """{"kustomize.toolkit.fluxcd.io/name": "other"}"""));
        var notRendered = Trace(Live("gone", "shop", """{"kustomize.toolkit.fluxcd.io/name": "shop"}"""));
        var written = Trace(Live("orphan", "shop", """{"kustomize.toolkit.fluxcd.io/name": "shop"}"""));

        Assert.Null(missing.GitPath);
        Assert.Equal("Flux Kustomization flux-system/other is not in the repository", missing.Untraced);
        Assert.Equal("apps/shop/prod", notRendered.GitPath);
        Assert.Null(notRendered.Line);
        Assert.Equal(("apps/shop/prod/extra.yaml", 1), (written.GitPath, written.Line));
    }

    [Fact]
    public void A_repository_with_a_symbolic_link_loop_and_a_binary_manifest_is_read_and_still_traced()
    {
        Overlay();
        Directory.CreateSymbolicLink(Path.Combine(root, "apps/shop/base/loop"), Path.Combine(root, "apps"));
        File.WriteAllBytes(Path.Combine(root, "apps/shop/base/blob.yaml"), [0, 1, 2, 0, 255, 254, 0]);

        var trace = Trace(Live("prod-web", "shop", """{"kustomize.toolkit.fluxcd.io/name": "shop"}"""));

        Assert.Equal("apps/shop/base/deployment.yaml", trace.GitPath);
    }

    [Fact]
    public void Owners_are_those_of_the_file_that_defines_the_object_and_of_the_file_that_deploys_it()
    {
        var codeOwners = new Owners(new Dictionary<string, string[]>
        {
            ["apps/shop/base/deployment.yaml"] = ["@shop-team"],
            ["clusters/prod/shop.yaml"] = ["@platform", "@shop-team"],
        });
        var traces = new Dictionary<string, ObjectTrace>
        {
            ["cluster/shop/Deployment/prod-web"] = new("apps/shop/base/deployment.yaml", "via", null) { DeployerFile = "clusters/prod/shop.yaml" },
            ["cluster/shop/Deployment/stray"] = ObjectTrace.Unknown("no label"),
        };

        var owners = new TracedOwners(traces, codeOwners);

        Assert.Equal(["@shop-team", "@platform"], owners.OwnersOf("cluster/shop/Deployment/prod-web"));
        Assert.Empty(owners.OwnersOf("cluster/shop/Deployment/stray"));
    }

    private sealed class Owners(Dictionary<string, string[]> byPath) : IPathOwners
    {
        public IReadOnlyList<string> OwnersOf(string relativePath) => byPath.GetValueOrDefault(relativePath) ?? [];
    }
}
