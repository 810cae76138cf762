using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Schemas;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// What entry points render is analyzed a batch at a time and dropped, so the rendered objects a scan holds do not grow
/// with the number of entry points; a render that adds to what analyzers read across objects (here a CRD) makes the
/// scan build them again and check every rendered object against it, whichever entry point came first.
/// </summary>
public sealed class StreamedRenderTests
{
    private const string Deployment = """
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

        """;

    private static async Task<ScanOutcome> Scan(TestRepository repo)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Discovery = DiscoveryOptions.Default,
            Config = RampartConfig.Default,
            Parallelism = 1,
        };
        var outcome = await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return outcome;
    }

    private static async Task<ScanOutcome> Overlays(int count)
    {
        var builder = new RepositoryBuilder()
            .File("base/kustomization.yaml", "resources:\n  - web.yaml\n")
            .File("base/web.yaml", Deployment + "---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n");
        for (var i = 0; i < count; i++)
        {
            builder.File($"overlays/env-{i:D3}/kustomization.yaml", $"namespace: env-{i}\nnamePrefix: env-{i}-\nresources:\n  - ../../base\n");
        }

        using var repo = builder.Build();
        return await Scan(repo);
    }

    [Fact]
    public async Task The_rendered_objects_held_at_once_do_not_grow_with_the_number_of_entry_points()
    {
        var small = await Overlays(20);
        var large = await Overlays(60);

        // Each overlay renders a Deployment and a Service (the base is no entry point of its own); one thread renders eight
        // entry points a batch, and a batch is analysed while the next renders: two batches' objects are held at once.
        Assert.Equal((20, 40), (small.Report!.Coverage.EntryPoints, small.Report.Coverage.RenderedObjects));
        Assert.Equal((60, 120), (large.Report!.Coverage.EntryPoints, large.Report.Coverage.RenderedObjects));
        Assert.Equal(32, small.MostRenderedObjectsHeld);
        Assert.Equal(32, large.MostRenderedObjectsHeld);
        Assert.Equal((20, 60), (small.Renders, large.Renders)); // nothing rendered twice
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(60, 9)]
    public async Task A_crd_rendered_after_its_custom_resources_is_what_they_are_checked_against(int size, int outOfRange)
    {
        // The CRD's file allows a size up to 10; the kustomization that renders it raises that to 50. The widgets
        // are rendered by the nine overlays, which come before it (eight of them in the first batch).
        var builder = new RepositoryBuilder()
            .File("widgets/base/kustomization.yaml", "resources:\n  - widget.yaml\n")
            .File("widgets/base/widget.yaml", $"apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: {size}\n")
            .File("zz-crds/crd.yaml", CrdWithMaximum(10))
            .File("zz-crds/kustomization.yaml", """
                resources:
                  - crd.yaml
                patches:
                  - target: {kind: CustomResourceDefinition, name: widgets.example.com}
                    patch: |-
                      - op: replace
                        path: /spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/size/maximum
                        value: 50

                """);
        for (var i = 0; i < 9; i++)
        {
            builder.File($"widgets/env-{i}/kustomization.yaml", $"namePrefix: env-{i}-\nresources:\n  - ../base\n");
        }

        using var repo = builder.Build();
        var outcome = await Scan(repo);

        var widgets = outcome.Report!.Findings.Where(f => f.Resource?.Kind == "Widget").ToList();
        Assert.Equal(outOfRange, widgets.Count(f => f.RuleId == SchemaRules.OutOfRange));
        Assert.DoesNotContain(widgets, f => f.RuleId == SchemaRules.NoSchema);
        Assert.Equal(10, outcome.Report.Coverage.EntryPoints);
        Assert.Equal(10 + 8, outcome.Renders); // the first batch was analyzed before the CRD came, and rendered again
    }

    private static string CrdWithMaximum(int maximum) => $$"""
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names: {plural: widgets, singular: widget, kind: Widget}
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        size: {type: integer, minimum: 1, maximum: {{maximum}}}

        """;
}
