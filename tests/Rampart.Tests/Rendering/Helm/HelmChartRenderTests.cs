using Rampart.Rendering.Helm;

namespace Rampart.Tests.Rendering.Helm;

public sealed class HelmChartRenderTests
{
    private const string ChartYaml = "apiVersion: v2\nname: app\nversion: 1.0.0\n";

    private static HelmRenderResult Render(TempChart chart, Func<HelmRenderRequest, HelmRenderRequest>? configure = null)
    {
        var request = new HelmRenderRequest(chart.Root) { DisplayPath = "charts/app" };
        return HelmChartRender.Run(configure is null ? request : configure(request));
    }

    [Fact]
    public void A_rendered_line_is_traced_to_its_template_line_and_the_values_line_that_set_it()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("values.yaml", "replicas: 2\nimage:\n  tag: \"1.0\"\n")
            .File("templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n  image: nginx:{{ .Values.image.tag }}\n");
        var manifest = Assert.Single(Render(chart).Manifests);
        var imageLine = manifest.Lines[manifest.Text.Split('\n').ToList().FindIndex(l => l.Contains("image:", StringComparison.Ordinal))];
        Assert.Equal(("charts/app/templates/deploy.yaml", 7), (imageLine.Template.File, imageLine.Template.Line));
        Assert.Equal(("charts/app/values.yaml", 3), (imageLine.Value!.File, imageLine.Value.Line));
    }

    [Fact]
    public void A_value_from_a_values_file_or_set_is_traced_to_that_file_or_flag()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("values.yaml", "tag: a\nport: 80\n")
            .File("prod.yaml", "\ntag: b\n")
            .File("templates/cm.yaml", "kind: ConfigMap\ndata:\n  tag: {{ .Values.tag }}\n  port: {{ .Values.port | quote }}\n");
        var manifest = Assert.Single(Render(chart, r => r with { ValuesFiles = [(Path.Combine(chart.Root, "prod.yaml"), "env/prod.yaml")], Set = ["port=8080"] }).Manifests);
        Assert.Contains("tag: b", manifest.Text, StringComparison.Ordinal);
        Assert.Contains("port: \"8080\"", manifest.Text, StringComparison.Ordinal);
        Assert.Equal(("env/prod.yaml", 2), (manifest.Lines[2].Value!.File, manifest.Lines[2].Value!.Line));
        Assert.Equal("--set port=8080", manifest.Lines[3].Value!.File);
    }

    [Fact]
    public void Helm_4_prints_the_whitespace_that_followed_each_document_and_Helm_3_trims_it()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/a.yaml", "kind: ConfigMap\nmetadata:\n  name: a\n\n---\nkind: ConfigMap\nmetadata:\n  name: b\n")
            .File("templates/c.yaml", "kind: Secret\nmetadata:\n  name: c")
            .File("templates/hook.yaml", "kind: Pod\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: test\n");
        var result = Render(chart);
        Assert.Equal(
            "---\n# Source: app/templates/c.yaml\nkind: Secret\nmetadata:\n  name: c\n" +
            "---\n# Source: app/templates/a.yaml\nkind: ConfigMap\nmetadata:\n  name: a\n\n\n" +
            "---\n# Source: app/templates/a.yaml\nkind: ConfigMap\nmetadata:\n  name: b\n" +
            "---\n# Source: app/templates/hook.yaml\nkind: Pod\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: test\n\n",
            result.ToHelmTemplateText(helm4: true));
        Assert.Equal(
            "---\n# Source: app/templates/c.yaml\nkind: Secret\nmetadata:\n  name: c\n" +
            "---\n# Source: app/templates/a.yaml\nkind: ConfigMap\nmetadata:\n  name: a\n" +
            "---\n# Source: app/templates/a.yaml\nkind: ConfigMap\nmetadata:\n  name: b\n" +
            "---\n# Source: app/templates/hook.yaml\nkind: Pod\nmetadata:\n  name: h\n  annotations:\n    helm.sh/hook: test\n",
            result.ToHelmTemplateText());
    }

    [Fact]
    public void Helm_4_drops_the_nulls_of_a_charts_own_values_where_Helm_3_removes_the_subchart_default_with_them()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml + "dependencies:\n- name: db\n")
            .File("values.yaml", "db:\n  size: null\n  disk: 9\n")
            .File("charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 0.1.0\n")
            .File("charts/db/values.yaml", "size: 1\ndisk: 2\n")
            .File("charts/db/templates/cm.yaml", "kind: ConfigMap\ndata:\n  size: {{ .Values.size | default \"removed\" | quote }}\n  disk: {{ .Values.disk | quote }}\n");
        Assert.Equal("kind: ConfigMap\ndata:\n  size: \"removed\"\n  disk: \"9\"", Assert.Single(Render(chart).Manifests).Text);
        Assert.Equal("kind: ConfigMap\ndata:\n  size: \"1\"\n  disk: \"9\"", Assert.Single(Render(chart, r => r with { Helm4 = true }).Manifests).Text);
    }

    [Fact]
    public void Subchart_values_are_scoped_and_the_parent_globals_win()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml + "dependencies:\n- name: db\n  condition: db.enabled\n- name: cache\n  condition: cache.enabled\n")
            .File("values.yaml", "global:\n  env: prod\ndb:\n  enabled: true\n  size: 5\ncache:\n  enabled: false\n")
            .File("charts/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 0.1.0\n")
            .File("charts/db/values.yaml", "size: 1\nglobal:\n  env: dev\n")
            .File("charts/db/templates/cm.yaml", "kind: ConfigMap\ndata:\n  size: {{ .Values.size | quote }}\n  env: {{ .Values.global.env }}\n  chart: {{ .Chart.Name }}\n")
            .File("charts/cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 0.1.0\n")
            .File("charts/cache/templates/cm.yaml", "kind: ConfigMap\nmetadata:\n  name: cache\n");
        var result = Render(chart);
        var manifest = Assert.Single(result.Manifests);
        Assert.Equal("app/charts/db/templates/cm.yaml", manifest.TemplateName);
        Assert.Equal("kind: ConfigMap\ndata:\n  size: \"5\"\n  env: prod\n  chart: db", manifest.Text);
    }

    [Fact]
    public void Notes_and_partials_are_not_manifests_and_library_defines_are_usable()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/NOTES.txt", "Thanks for installing {{ .Release.Name }}\n")
            .File("templates/_helpers.tpl", "{{- define \"app.name\" -}}app-{{ .Release.Name }}{{- end -}}\n")
            .File("templates/svc.yaml", "kind: Service\nmetadata:\n  name: {{ include \"app.name\" . }}-{{ include \"lib.suffix\" . }}\n")
            .File("charts/lib/Chart.yaml", "apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n")
            .File("charts/lib/templates/_lib.tpl", "{{- define \"lib.suffix\" -}}svc{{- end -}}\n")
            .File("charts/lib/templates/ignored.yaml", "kind: ConfigMap\n");
        var manifest = Assert.Single(Render(chart, r => r with { ReleaseName = "r1" }).Manifests);
        Assert.Equal("kind: Service\nmetadata:\n  name: app-r1-svc", manifest.Text);
    }

    [Fact]
    public void Capabilities_report_the_configured_Kubernetes_version()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/cm.yaml", "kind: ConfigMap\ndata:\n  v: {{ .Capabilities.KubeVersion }}\n  ingress: {{ semverCompare \">=1.19-0\" .Capabilities.KubeVersion.GitVersion }}\n");
        var manifest = Assert.Single(Render(chart, r => r with { KubeVersion = "v1.31.2" }).Manifests);
        Assert.Equal("kind: ConfigMap\ndata:\n  v: v1.31.2\n  ingress: true", manifest.Text);
    }

    [Fact]
    public void A_required_value_that_is_missing_is_a_problem_at_the_template_line()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/cm.yaml", "kind: ConfigMap\ndata:\n  host: {{ required \"host is required\" .Values.host }}\n");
        var problem = Assert.Single(Render(chart).Problems);
        Assert.Equal(("charts/app/templates/cm.yaml", 3), (problem.Position.File, problem.Position.Line));
        Assert.Contains("host is required", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_against_the_schema_is_a_problem_at_the_values_line()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("values.yaml", "replicas: 1\n")
            .File("values.schema.json", "{\"type\":\"object\",\"properties\":{\"replicas\":{\"type\":\"integer\",\"minimum\":1}}}")
            .File("override.yaml", "replicas: \"three\"\n")
            .File("templates/cm.yaml", "kind: ConfigMap\n");
        var problem = Assert.Single(Render(chart, r => r with { ValuesFiles = [(Path.Combine(chart.Root, "override.yaml"), "override.yaml")] }).Problems);
        Assert.Equal(("override.yaml", 1), (problem.Position.File, problem.Position.Line));
        Assert.Contains("got string, want integer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_entry_outside_its_chart_is_refused_and_the_rest_is_rendered()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .Archive("charts/dep-0.1.0.tgz",
                ("dep/Chart.yaml", "apiVersion: v2\nname: dep\nversion: 0.1.0\n"),
                ("dep/../../../evil.yaml", "kind: Secret\n"),
                ("dep/templates/cm.yaml", "kind: ConfigMap\nmetadata:\n  name: dep\n"));
        var result = Render(chart);
        Assert.Contains(result.Problems, p => p.Message.Contains("outside the chart's folder", StringComparison.Ordinal) && p.Position.File == "charts/app/charts/dep-0.1.0.tgz");
        Assert.Equal("app/charts/dep/templates/cm.yaml", Assert.Single(result.Manifests).TemplateName);
    }

    [Fact]
    public void A_corrupt_archive_is_a_problem_not_a_crash()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("charts/broken.tgz", "this is not gzip")
            .File("templates/cm.yaml", "kind: ConfigMap\n");
        var result = Render(chart);
        Assert.Contains(result.Problems, p => p.Position.File == "charts/app/charts/broken.tgz");
        Assert.Single(result.Manifests);
    }

    [Fact]
    public void Include_recursion_stops_at_Helms_limit_with_a_problem()
    {
        using var chart = new TempChart()
            .File("Chart.yaml", ChartYaml)
            .File("templates/_r.tpl", "{{ define \"r\" }}{{ include \"r\" . }}{{ end }}")
            .File("templates/cm.yaml", "kind: ConfigMap\ndata:\n  x: {{ include \"r\" . }}\n");
        var problem = Assert.Single(Render(chart).Problems);
        Assert.Contains("rendering template has a nested reference name: r", problem.Message, StringComparison.Ordinal);
    }
}
