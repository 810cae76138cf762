using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Argo;

namespace Rampart.Tests.Rendering.Argo;

/// <summary>Argo CD Applications found in a repository and what their sources render to.</summary>
public sealed class ArgoApplicationSourceTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx:1.25
        """;

    private static readonly CancellationToken None = CancellationToken.None;

    private static Node At(RenderedObject rendered, params string[] path)
    {
        Node node = rendered.Root;
        foreach (var part in path)
        {
            node = int.TryParse(part, out var index) ? ((SequenceNode)node)[index] : ((MappingNode)node)[part]!;
        }

        return node;
    }

    private static EntryPointRender RenderOnly(ArgoRepository repository)
    {
        var source = new ArgoApplicationSource();
        var entry = Assert.Single(source.Find(repository.Inputs, None));
        return source.Render(entry, repository.Inputs, None);
    }

    [Fact]
    public void Directory_source_reads_included_files_and_puts_objects_in_the_destination_namespace()
    {
        var repository = new ArgoRepository()
            .File("apps/guestbook.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: guestbook
                  namespace: argocd
                spec:
                  destination:
                    namespace: web
                  source:
                    repoURL: https://github.com/example/repo.git
                    path: guestbook
                    directory:
                      recurse: true
                      include: '{*.yaml,extra/*.yml}'
                      exclude: 'skip*'
                """)
            .File("guestbook/deploy.yaml", Deployment)
            .File("guestbook/extra/svc.yml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n  namespace: other\n")
            .File("guestbook/skip-me.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: skipped\n")
            .File("guestbook/other/cm.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"json\"}}");
        var source = new ArgoApplicationSource();

        var entry = Assert.Single(source.Find(repository.Inputs, None));
        var render = source.Render(entry, repository.Inputs, None);

        Assert.Equal(new EntryPoint(EntryPointKind.ArgoApplication, "apps/guestbook.yaml", 1, "argocd/guestbook", "guestbook"), entry);
        Assert.Empty(render.Findings);
        Assert.Equal(["Deployment/web/web", "Service/other/svc"], render.Objects.Select(o => $"{o.Resource.Kind}/{o.Resource.Namespace}/{o.Resource.Name}"));
        var ns = At(render.Objects[0], "metadata", "namespace");
        Assert.Equal(("apps/guestbook.yaml", 8), (ns.Origin!.Path, ns.Start.Line));
        Assert.Equal(["guestbook/deploy.yaml", "guestbook/extra/svc.yml"], render.SourceFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Directory_source_without_recurse_reads_only_the_folder_itself()
    {
        var repository = new ArgoRepository()
            .File("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\nspec:\n  source:\n    path: manifests\n")
            .File("manifests/deploy.yaml", Deployment)
            .File("manifests/sub/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nested\n");

        var render = RenderOnly(repository);

        Assert.Equal(["web"], render.Objects.Select(o => o.Resource.Name));
        Assert.Null(render.Objects[0].Resource.Namespace);
    }

    [Fact]
    public void Kustomize_options_point_at_the_application_and_replace_the_folders_own_prefix()
    {
        var repository = new ArgoRepository()
            .File("base/kustomization.yaml", "namePrefix: old-\nresources:\n- deployment.yaml\n")
            .File("base/deployment.yaml", Deployment)
            .File("app.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: shop
                spec:
                  destination:
                    namespace: shop
                  source:
                    repoURL: https://example.com/repo.git
                    path: base
                    kustomize:
                      namePrefix: prod-
                      images:
                      - nginx=registry.example.com/nginx:1.27
                      commonLabels:
                        team: payments
                """);

        var render = RenderOnly(repository);

        Assert.Empty(render.Findings);
        var deployment = Assert.Single(render.Objects);
        Assert.Equal(("prod-web", "shop"), (deployment.Resource.Name, deployment.Resource.Namespace));
        var image = (ScalarNode)At(deployment, "spec", "template", "spec", "containers", "0", "image");
        Assert.Equal(("registry.example.com/nginx:1.27", "app.yaml", 14), (image.Text, image.Origin!.Path, image.Start.Line));
        var name = At(deployment, "metadata", "name");
        Assert.Equal(("app.yaml", 12), (name.Origin!.Path, name.Start.Line));
        var label = (ScalarNode)At(deployment, "metadata", "labels", "team");
        Assert.Equal(("payments", "app.yaml", 16), (label.Text, label.Origin!.Path, label.Start.Line));
        Assert.Equal("app.yaml", deployment.Chain[0]);
        Assert.Equal(["base/deployment.yaml", "base/kustomization.yaml"], render.SourceFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kustomization_folder_without_options_is_built_as_it_stands()
    {
        var repository = new ArgoRepository()
            .File("base/kustomization.yaml", "namePrefix: old-\nresources:\n- deployment.yaml\n")
            .File("base/deployment.yaml", Deployment)
            .File("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\nspec:\n  source:\n    path: ./base/\n");

        var render = RenderOnly(repository);

        Assert.Equal(["old-web"], render.Objects.Select(o => o.Resource.Name));
        Assert.Equal(["app.yaml", "base/kustomization.yaml"], render.Objects[0].Chain);
    }

    [Fact]
    public void Sources_elsewhere_are_said_not_checked()
    {
        var repository = new ArgoRepository().File("app.yaml", """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: multi
            spec:
              sources:
              - repoURL: https://github.com/other/repo.git
                path: not/here
              - repoURL: https://charts.example.com
                chart: redis
                targetRevision: 17.0.1
              - repoURL: https://github.com/example/values.git
                ref: values
            """);

        var render = RenderOnly(repository);

        Assert.Empty(render.Objects);
        Assert.Empty(render.Findings);
        Assert.Equal(2, render.NotChecked.Count);
        Assert.Contains("'not/here' of https://github.com/other/repo.git is not a folder of this repository", render.NotChecked[0], StringComparison.Ordinal);
        Assert.Contains("'redis' 17.0.1 from https://charts.example.com", render.NotChecked[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Application_without_source_and_source_of_two_types_are_findings_at_their_line()
    {
        var repository = new ArgoRepository()
            .File("empty.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: empty\nspec:\n  project: default\n")
            .File("folder/x.yaml", Deployment)
            .File("two.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: two\nspec:\n  source:\n    path: folder\n    helm: {}\n    directory: {}\n");
        var source = new ArgoApplicationSource();

        var findings = source.Find(repository.Inputs, None).SelectMany(e => source.Render(e, repository.Inputs, None).Findings).ToList();

        Assert.Equal([("RMP-ARGO-001", "empty.yaml", 1), ("RMP-ARGO-001", "two.yaml", 7)], findings.Select(f => (f.RuleId, f.Location.Path, f.Location.Line)));
        Assert.Contains("helm and directory", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_leading_out_of_the_repository_is_a_finding()
    {
        var repository = new ArgoRepository()
            .File("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: out\nspec:\n  source:\n    path: ../../etc\n");

        var render = RenderOnly(repository);

        var finding = Assert.Single(render.Findings);
        Assert.Equal(7, finding.Location.Line);
        Assert.Contains("outside the repository", finding.Message, StringComparison.Ordinal);
    }
}
