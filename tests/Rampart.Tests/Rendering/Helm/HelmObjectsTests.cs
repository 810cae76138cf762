using Rampart.Findings;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Helm;

namespace Rampart.Tests.Rendering.Helm;

public sealed class HelmObjectsTests
{
    private const string ChartYaml = "apiVersion: v2\nname: app\nversion: 1.0.0\n";

    private static (IReadOnlyList<RenderedObject> Objects, List<Finding> Findings) Convert(TempChart chart, string releaseNamespace = "team-a")
    {
        var result = HelmChartRender.Run(new HelmRenderRequest(chart.Root) { DisplayPath = "charts/app", Namespace = releaseNamespace });
        Assert.Empty(result.Problems);
        var findings = new List<Finding>();
        return (HelmObjects.Convert(result.Manifests, "charts/app/Chart.yaml", releaseNamespace, findings), findings);
    }

    private static Node At(MappingNode root, params string[] path)
    {
        Node node = root;
        foreach (var key in path)
        {
            node = ((MappingNode)node)[key] ?? throw new KeyNotFoundException(key);
        }

        return node;
    }

    [Fact]
    public void A_value_set_in_values_yaml_stands_at_its_values_line()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("values.yaml", "# defaults\nreplicas: 3\n")
            .File("templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n");
        var rendered = Assert.Single(Convert(chart).Objects);
        var replicas = Assert.IsType<ScalarNode>(At(rendered.Root, "spec", "replicas"));
        Assert.Equal(3, replicas.Int);
        Assert.Equal(("charts/app/values.yaml", 2), (replicas.Origin!.Path, replicas.Start.Line));
    }

    [Fact]
    public void A_literal_template_field_stands_at_its_template_line()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("values.yaml", "replicas: 3\n")
            .File("templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n  paused: true\n");
        var rendered = Assert.Single(Convert(chart).Objects);
        var paused = At(rendered.Root, "spec", "paused");
        Assert.Equal(("charts/app/templates/deploy.yaml", 7), (paused.Origin!.Path, paused.Start.Line));
        var replicasKey = rendered.Root["spec"] is MappingNode spec && spec.TryGetEntry("replicas", out var entry) ? entry.Key : null;
        Assert.Equal(("charts/app/templates/deploy.yaml", 6), (replicasKey!.Origin!.Path, replicasKey.Start.Line));
    }

    [Fact]
    public void Identity_source_and_chain_name_the_release_namespace_the_template_and_the_chart()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/all.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n  namespace: other\n");
        var objects = Convert(chart, "team-a").Objects;
        Assert.Equal(
            ["ClusterRole/reader", "ConfigMap/team-a/release-name-cm", "Service/other/svc"],
            objects.Select(o => o.Resource.ToString()).Order(StringComparer.Ordinal));
        Assert.All(objects, o => Assert.Equal("charts/app/templates/all.yaml", o.Source));
        Assert.All(objects, o => Assert.Equal(["charts/app/Chart.yaml", "charts/app/templates/all.yaml"], o.Chain));
    }

    [Fact]
    public void A_manifest_that_is_not_an_object_is_a_finding_at_its_template_line()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/list.yaml", "- just\n- a list\n");
        var (objects, findings) = Convert(chart);
        Assert.Empty(objects);
        var finding = Assert.Single(findings);
        Assert.Equal(("charts/app/templates/list.yaml", 1), (finding.Location.Path, finding.Location.Line));
    }
}
