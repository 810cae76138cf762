using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A file is a template only where Go template actions stand outside scalars; <c>{{</c> in quoted, block or plain
/// scalars leaves a manifest a manifest, and a chart template without any <c>{{</c> renders to itself.
/// </summary>
public sealed class TemplateScanTests
{
    private const string NotRendered = "RMP-DISC-010";

    [Fact]
    public async Task Braces_in_quoted_and_block_scalars_leave_a_privileged_pod_checked()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: alerts
                  annotations:
                    summary: "{{ $labels.instance }} is down"
                    details: 'first line
                      {{ $value }} second line'
                    template: |
                      {{ range .Alerts }}
                      {{ end }}
                spec:
                  containers:
                    - name: app
                      image: repo/app:{{ .tag }}
                      securityContext:
                        privileged: true
                """)
            .Build();

        var report = await Scans.Run(repo);

        Assert.Equal(17, Assert.Single(report.Of("deploy/pod.yaml", Scans.PrivilegedRule)).Location.Line);
        Assert.Empty(report.Of("deploy/pod.yaml", NotRendered));
        Assert.False(report.Gate.Passed);
    }

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicas }}\n", 6)]
    [InlineData("{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n{{- end }}\n", 1)]
    public async Task Actions_outside_scalars_make_a_template_that_is_not_rendered_instead_of_broken(string text, int line)
    {
        using var repo = new RepositoryBuilder().File("deploy/web.yaml", text).Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((NotRendered, line, Rampart.Findings.Severity.Info), (finding.RuleId, finding.Location.Line, finding.Severity));
        Assert.True(report.Gate.Passed);
        Assert.Equal((0, 1), (report.Coverage.Manifests, report.Coverage.NotRendered));
    }

    [Fact]
    public async Task The_documents_of_a_template_file_that_parse_as_objects_are_still_checked()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy/web.yaml", Scans.PrivilegedPod("beside-the-template") + """
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}
                """)
            .Build();

        var report = await Scans.Run(repo);

        Assert.Equal(10, Assert.Single(report.Of("deploy/web.yaml", Scans.PrivilegedRule)).Location.Line);
        Assert.Equal(15, Assert.Single(report.Of("deploy/web.yaml", NotRendered)).Location.Line);
        Assert.Empty(report.Of("deploy/web.yaml", "RMP-LOAD-014"));
    }

    [Fact]
    public async Task Every_template_of_a_chart_is_rendered_and_checked_at_its_own_lines_whether_or_not_it_holds_braces()
    {
        var privileged = Scans.PrivilegedPod("p");
        using var repo = new RepositoryBuilder()
            .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .File("charts/web/templates/static.yaml", privileged)
            .File("charts/web/templates/rendered.yaml", Scans.PrivilegedPod("\"{{ .Release.Name }}\""))
            .File("charts/web/templates/big.yaml", privileged + "data:\n" + string.Concat(Enumerable.Repeat("  # padding that pushes the action past the first 64 KB\n", 1300)) + "  key: {{ .Values.key }}\n")
            .Build();

        var report = await Scans.Run(repo);

        foreach (var template in new[] { "static.yaml", "rendered.yaml", "big.yaml" })
        {
            var finding = Assert.Single(report.Of("charts/web/templates/" + template, Scans.PrivilegedRule));
            Assert.Equal(10, finding.Location.Line);
            Assert.Equal("charts/web/Chart.yaml", Assert.IsType<Rampart.Findings.RenderOrigin>(finding.Origin).EntryPoint.Path);
        }

        Assert.DoesNotContain(report.Findings, f => f.RuleId == NotRendered);
        Assert.Equal((0, 0, 1, 3), (report.Coverage.Manifests, report.Coverage.NotRendered, report.Coverage.EntryPoints, report.Coverage.RenderedObjects));
    }
}
