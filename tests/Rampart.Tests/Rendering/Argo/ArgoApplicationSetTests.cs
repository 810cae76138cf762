using Rampart.Rendering;
using Rampart.Rendering.Argo;

namespace Rampart.Tests.Rendering.Argo;

/// <summary>Applications an ApplicationSet generates, and generators that are not run.</summary>
public sealed class ArgoApplicationSetTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string ConfigMap(string name) => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n";

    [Fact]
    public void Git_directories_generator_makes_one_application_per_matching_folder()
    {
        var repository = new ArgoRepository()
            .File("appset.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: ApplicationSet
                metadata:
                  name: apps
                  namespace: argocd
                spec:
                  generators:
                  - git:
                      repoURL: https://example.com/repo.git
                      revision: HEAD
                      directories:
                      - path: apps/*
                      - path: apps/legacy
                        exclude: true
                  - clusters: {}
                  template:
                    metadata:
                      name: '{{path.basename}}-{{path[0]}}'
                    spec:
                      destination:
                        namespace: '{{ path.basename }}'
                      source:
                        repoURL: https://example.com/repo.git
                        path: '{{path}}'
                """)
            .File("apps/api/api.yaml", ConfigMap("api"))
            .File("apps/web/web.yaml", ConfigMap("web"))
            .File("apps/web/nested/n.yaml", ConfigMap("nested"))
            .File("apps/legacy/x.yaml", ConfigMap("legacy"));
        var source = new ArgoApplicationSource();

        var entries = source.Find(repository.Inputs, None);
        var web = source.Render(entries.Single(e => e.Name == "argocd/web-apps"), repository.Inputs, None);
        var set = source.Render(entries.Single(e => e.Name == "argocd/apps"), repository.Inputs, None);

        Assert.Equal(["argocd/api-apps", "argocd/web-apps", "argocd/apps"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal((EntryPointKind.ArgoApplicationSet, "appset.yaml", 1), (e.Kind, e.File, e.Line)));
        Assert.Equal("apps/web", entries[1].Folder);
        var cm = Assert.Single(web.Objects);
        Assert.Equal(("web", "web"), (cm.Resource.Name, cm.Resource.Namespace));
        var ns = ((Rampart.Loading.MappingNode)cm.Root["metadata"]!)["namespace"]!;
        Assert.Equal(("appset.yaml", 21), (ns.Origin!.Path, ns.Start.Line));
        Assert.Empty(set.Objects);
        Assert.Contains(set.NotChecked, n => n.Contains("the clusters generator is not run", StringComparison.Ordinal));
    }

    [Fact]
    public void List_generator_substitutes_element_parameters_and_keeps_unknown_ones()
    {
        var repository = new ArgoRepository()
            .File("set.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: ApplicationSet
                metadata:
                  name: envs
                spec:
                  generators:
                  - list:
                      elements:
                      - env: dev
                        values:
                          folder: envs/dev
                      - env: prod
                        values:
                          folder: envs/prod
                  template:
                    metadata:
                      name: '{{env}}-{{unknown}}'
                    spec:
                      source:
                        path: '{{values.folder}}'
                """)
            .File("envs/dev/a.yaml", ConfigMap("dev-settings"))
            .File("envs/prod/a.yaml", ConfigMap("prod-settings"));
        var source = new ArgoApplicationSource();

        var entries = source.Find(repository.Inputs, None);
        var rendered = entries.Select(e => source.Render(e, repository.Inputs, None)).ToList();

        Assert.Equal(["dev-{{unknown}}", "prod-{{unknown}}"], entries.Select(e => e.Name));
        Assert.Equal(["dev-settings", "prod-settings"], rendered.Select(r => Assert.Single(r.Objects).Resource.Name));
    }

    [Fact]
    public void Go_template_mode_runs_the_template_engine_and_reports_a_missing_key_at_its_line()
    {
        var repository = new ArgoRepository()
            .File("set.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: ApplicationSet
                metadata:
                  name: envs
                spec:
                  goTemplate: true
                  goTemplateOptions: ["missingkey=error"]
                  generators:
                  - list:
                      elements:
                      - env: dev
                  - git:
                      repoURL: https://example.com/repo.git
                      directories:
                      - path: envs/*
                  template:
                    metadata:
                      name: '{{ if .env }}{{ .env | upper }}{{ else }}{{ .path.basename }}-{{ index .path.segments 0 }}{{ end }}'
                    spec:
                      source:
                        path: 'envs/{{ default "dev" .env }}'
                """)
            .File("envs/dev/a.yaml", ConfigMap("dev-settings"));
        var source = new ArgoApplicationSource();

        var entries = source.Find(repository.Inputs, None);

        var dev = source.Render(entries[0], repository.Inputs, None);
        var set = source.Render(entries[1], repository.Inputs, None);

        Assert.Equal(["DEV", "envs"], entries.Select(e => e.Name));
        Assert.Equal("dev-settings", Assert.Single(dev.Objects).Resource.Name);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("RMP-ARGO-001", "set.yaml", 18), (finding.RuleId, finding.Location.Path, finding.Location.Line));
        Assert.Contains("env", finding.Message, StringComparison.Ordinal);
    }
}
