using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Argo;
using Rampart.Rendering.Charts;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Tests.Rendering.Helm;

namespace Rampart.Tests.Rendering.Argo;

/// <summary>Helm sources of Argo CD Applications: charts of the repository and charts of the chart cache, with the Application's values.</summary>
public sealed class ArgoHelmSourceTests : IDisposable
{
    private const string Template = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}
        spec:
          replicas: {{ .Values.replicas }}
          template:
            spec:
              containers:
              - name: web
                image: "nginx:{{ .Values.image.tag }}"
                ports:
                - containerPort: {{ .Values.port }}
        """;

    private readonly TempChart repository = new();

    public void Dispose() => repository.Dispose();

    private RenderInputs Inputs(params string[] paths) => new(
        new FolderFileSystem(repository.Root),
        [.. paths.Select(p => new DiscoveredFile(p, Path.Combine(repository.Root, p), 1, FileKind.KubernetesManifest))],
        ScanIndex.Empty);

    private static (Node Node, string Text) Field(RenderedObject rendered, params object[] path)
    {
        Node node = rendered.Root;
        foreach (var part in path)
        {
            node = part is int index ? ((SequenceNode)node)[index] : ((MappingNode)node)[(string)part]!;
        }

        return (node, ((ScalarNode)node).Text);
    }

    [Fact]
    public void Chart_of_the_repository_takes_value_files_values_and_parameters_each_at_its_line()
    {
        repository
            .File("app.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: web
                spec:
                  destination:
                    namespace: shop
                  source:
                    repoURL: https://example.com/repo.git
                    path: charts/web
                    helm:
                      releaseName: storefront
                      valueFiles:
                      - values-prod.yaml
                      values: |
                        replicas: 3
                      parameters:
                      - name: port
                        value: "9090"
                """)
            .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
            .File("charts/web/values.yaml", "replicas: 1\nimage:\n  tag: \"1.0\"\nport: 80\n")
            .File("charts/web/values-prod.yaml", "image:\n  tag: \"1.5\"\n")
            .File("charts/web/templates/deploy.yaml", Template);
        var inputs = Inputs("app.yaml", "charts/web/Chart.yaml", "charts/web/values.yaml", "charts/web/values-prod.yaml", "charts/web/templates/deploy.yaml");
        var source = new ArgoApplicationSource();

        var render = source.Render(Assert.Single(source.Find(inputs, CancellationToken.None)), inputs, CancellationToken.None);

        Assert.Empty(render.Findings);
        var deployment = Assert.Single(render.Objects);
        Assert.Equal(("storefront", "shop"), (deployment.Resource.Name, deployment.Resource.Namespace));
        var replicas = Field(deployment, "spec", "replicas");
        Assert.Equal(("3", "app.yaml", 16), (replicas.Text, replicas.Node.Origin!.Path, replicas.Node.Start.Line));
        var port = Field(deployment, "spec", "template", "spec", "containers", 0, "ports", 0, "containerPort");
        Assert.Equal(("9090", "app.yaml", 18), (port.Text, port.Node.Origin!.Path, port.Node.Start.Line));
        var image = Field(deployment, "spec", "template", "spec", "containers", 0, "image");
        Assert.Equal(("nginx:1.5", "charts/web/values-prod.yaml", 2), (image.Text, image.Node.Origin!.Path, image.Node.Start.Line));
        Assert.Equal("app.yaml", deployment.Chain[0]);
        Assert.Contains("charts/web/templates/deploy.yaml", render.SourceFiles);
    }

    [Fact]
    public void Chart_of_a_helm_repository_is_rendered_from_the_cache_and_a_missing_values_file_is_a_finding()
    {
        var cacheFolder = Path.Combine(repository.Root, "cache");
        repository.Archive("demo.tgz", ("demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.4.0\n"), ("demo/values.yaml", "replicas: 1\nimage:\n  tag: \"1.0\"\nport: 80\n"), ("demo/templates/deploy.yaml", Template));
        new ChartCache(cacheFolder).Store("https://charts.example.com", "demo", "1.4.0", File.ReadAllBytes(Path.Combine(repository.Root, "demo.tgz")));
        repository.File("app.yaml", """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: demo
            spec:
              sources:
              - repoURL: https://charts.example.com/
                chart: demo
                targetRevision: 1.x
                helm:
                  valueFiles:
                  - $values/envs/missing.yaml
              - repoURL: https://example.com/repo.git
                ref: values
            """);
        var inputs = Inputs("app.yaml");
        var source = new ArgoApplicationSource(new ChartCache(cacheFolder));

        var render = source.Render(Assert.Single(source.Find(inputs, CancellationToken.None)), inputs, CancellationToken.None);

        Assert.Equal(("demo", "default"), (Assert.Single(render.Objects).Resource.Name, render.Objects[0].Resource.Namespace));
        var finding = Assert.Single(render.Findings);
        Assert.Equal(("app.yaml", 12), (finding.Location.Path, finding.Location.Line));
        Assert.Contains("'$values/envs/missing.yaml' does not exist", finding.Message, StringComparison.Ordinal);
    }
}
