using System.Text;
using Rampart.Findings;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// The load decides what a YAML or JSON file is, and the report counts the files by outcome. A file without
/// objects keeps its load findings to itself (they are about how Kubernetes would read it), except a document that
/// cannot be loaded; a tool's configuration is checked for objects but is neither counted nor held to its syntax.
/// </summary>
public sealed class CoverageTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n";

    [Fact]
    public async Task Files_are_counted_by_what_the_scan_made_of_them()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy/pod.yaml", Pod)
            .File("deploy/list.json", "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": []}")
            .File("deploy/settings.yaml", "replicas: 2\nenabled: yes\n")
            .File("deploy/template.yaml", "metadata:\n  name: {{ .Release.Name }}\n")
            .File("deploy/broken.yaml", "a: [\n")
            .File("deploy/image.yml", [0x00, 0x01])
            .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .File("charts/web/values.yaml", "image: nginx\n")
            .File("charts/web/templates/svc.yaml", "metadata:\n  name: \"{{ .Release.Name }}\"\n")
            .File(".github/workflows/ci.yml", "on: push\njobs: {}\n")
            .File("README.md", "# docs\n")
            .Build();

        var report = await Scans.Run(repo);

        Assert.Equal((1, 2, 2, 2), (report.Coverage.Manifests, report.Coverage.NotRendered, report.Coverage.WithoutObjects, report.Coverage.NotScanned));
        Assert.Equal(11, report.FilesScanned);
        Assert.Equal(1, report.ResourcesScanned);
    }

    [Fact]
    public async Task A_file_without_objects_reports_no_findings_about_how_kubernetes_would_read_it()
    {
        using var repo = new RepositoryBuilder()
            .File("config/app.yaml", "enabled: yes\nmode: 0644\nkey: a\nkey: b\n")
            .File(".github/workflows/ci.yml", "on: push\njobs: {}\n")
            .Build();

        var report = await Scans.Run(repo);

        Assert.Empty(report.Findings);
        Assert.Equal(1, report.Coverage.WithoutObjects);
    }

    [Fact]
    public async Task Findings_of_documents_before_the_first_object_are_reported_once_the_file_shows_one()
    {
        using var repo = new RepositoryBuilder().File("deploy/app.yaml", "notes: yes\n---\n" + Pod).Build();

        var report = await Scans.Run(repo);

        Assert.Equal(1, Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-015")).Location.Line);
        Assert.Equal(1, Assert.Single(report.Of("deploy/app.yaml", "RMP-LOAD-003")).Location.Line);
    }

    [Fact]
    public async Task A_tool_configuration_in_its_own_dialect_is_quiet_but_an_object_hidden_in_one_is_checked()
    {
        using var repo = new RepositoryBuilder()
            .File("web/tsconfig.json", "{\n  // comments are allowed here\n  \"compilerOptions\": {\"strict\": true,},\n}\n")
            .File(".github/workflows/pod.yaml", Scans.PrivilegedPod())
            .Build();

        var report = await Scans.Run(repo);

        Assert.DoesNotContain(report.Findings, f => f.Location.Path == "web/tsconfig.json");
        Assert.Equal(10, Assert.Single(report.Of(".github/workflows/pod.yaml", Scans.PrivilegedRule)).Location.Line);
        Assert.Equal((1, 0, 0), (report.Coverage.Manifests, report.Coverage.WithoutObjects, report.Coverage.NotScanned));
    }

    [Fact]
    public async Task A_tool_configuration_that_cannot_be_read_at_all_is_not_scanned_and_holds_the_gate()
    {
        // kubectl decodes a file with a UTF-16 byte order mark, so a privileged Pod written so is applied like any other.
        using var repo = new RepositoryBuilder()
            .File(".github/workflows/deploy.yml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Scans.PrivilegedPod())])
            .Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((".github/workflows/deploy.yml", "RMP-LOAD-006", Severity.High), (finding.Location.Path, finding.RuleId, finding.Severity));
        Assert.Equal(1, report.Coverage.NotScanned);
        Assert.False(report.Gate.Passed);
    }
}
