using Rampart.Rendering;
using Rampart.Rendering.Helm;
using Rampart.Tests.Rendering.GitOps;

namespace Rampart.Tests.Rendering.Helm;

public sealed class ChartRootSourceTests
{
    private static TestRepository Repository() => new TestRepository()
        .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
        .File("charts/web/values.yaml", "port: 8080\n")
        .File("charts/web/templates/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n  - port: {{ .Values.port }}\n")
        .File("charts/web/charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n")
        .File("charts/web/charts/db/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db\n");

    [Fact]
    public void Chart_roots_are_found_but_not_the_dependencies_in_their_charts_folder()
    {
        var source = new ChartRootSource();
        var entryPoints = source.Find(Repository().Inputs(source), TestContext.Current.CancellationToken);
        Assert.Equal([new EntryPoint(EntryPointKind.Chart, "charts/web/Chart.yaml", 1, "charts/web", "charts/web")], entryPoints);
    }

    [Fact]
    public void A_chart_root_renders_with_its_own_values_and_reads_every_file_of_the_chart()
    {
        var render = Repository().Render(new ChartRootSource(), "charts/web/Chart.yaml");
        Assert.Empty(render.Findings);
        Assert.Equal(["ConfigMap/default/db", "Service/default/release-name"], render.Objects.Select(o => o.Resource.ToString()).Order(StringComparer.Ordinal));
        var port = Tree.Scalar(Assert.Single(render.Objects, o => o.Resource.Kind == "Service").Root, "spec", "ports", 0, "port");
        Assert.Equal(("charts/web/values.yaml", 1), Tree.Place(port));
        Assert.Equal(5, render.SourceFiles.Count);
    }

    [Fact]
    public void A_chart_that_fails_to_render_is_a_finding_at_the_template_line_and_renders_nothing()
    {
        var repository = Repository().File("charts/web/templates/bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required \"name is required\" .Values.name }}\n");
        var render = repository.Render(new ChartRootSource(), "charts/web/Chart.yaml");
        Assert.Empty(render.Objects);
        var finding = Assert.Single(render.Findings);
        Assert.Equal((ChartRules.DoesNotRender.Id, "charts/web/templates/bad.yaml", 4), (finding.RuleId, finding.Location.Path, finding.Location.Line));
    }
}
