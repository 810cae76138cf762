using System.Text.Json;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A scan checks what kustomizations render, not the files as they stand: findings land at the line that set the
/// offending field, carry the rendered identity and the chain of files, reach the owners of both the file and the
/// entry point, and are told apart per entry point.
/// </summary>
public sealed class ScanRenderTests
{
    private const string PlainDeployment = """
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

    /// <summary>A Deployment whose container is privileged; <c>privileged: true</c> is on line 15.</summary>
    private const string PrivilegedDeployment = PlainDeployment + "          securityContext: {privileged: true}\n";

    /// <summary>A strategic merge patch; <c>privileged: true</c> is on line 10.</summary>
    private const string PrivilegedPatch = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  securityContext: {privileged: true}

        """;

    private static string Overlay(string prefix, string extra = "") =>
        $"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: {prefix}\nnamePrefix: {prefix}-\nresources:\n  - ../../base\n{extra}";

    [Fact]
    public async Task A_base_under_two_overlays_gives_one_finding_per_overlay_at_the_base_line_with_the_rendered_identity()
    {
        using var repo = new RepositoryBuilder()
            .File("base/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("base/deployment.yaml", PrivilegedDeployment)
            .File("overlays/dev/kustomization.yaml", Overlay("dev"))
            .File("overlays/prod/kustomization.yaml", Overlay("prod"))
            .Build();

        var report = await Scans.Run(repo);

        var findings = report.Findings.Where(f => f.RuleId == Scans.PrivilegedRule).OrderBy(f => f.Resource!.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("base/deployment.yaml", 15), (f.Location.Path, f.Location.Line)));
        Assert.Equal(["dev/dev-web", "prod/prod-web"], findings.Select(f => $"{f.Resource!.Namespace}/{f.Resource.Name}"));
        Assert.NotEqual(findings[0].Fingerprint, findings[1].Fingerprint);
        Assert.Equal(
            ["overlays/dev/kustomization.yaml", "base/kustomization.yaml", "base/deployment.yaml"],
            findings[0].Origin!.Files);
        Assert.Equal(("kustomization", "overlays/dev", "overlays/dev/kustomization.yaml"),
            (findings[0].Origin!.EntryPointKind, findings[0].Origin!.EntryPointName, findings[0].Origin!.EntryPoint.Path));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == Scans.PrivilegedRule && f.Origin is null);
    }

    [Fact]
    public async Task A_patch_that_sets_privileged_is_reported_at_the_patch_line_to_the_patch_owners_and_the_overlay_owners()
    {
        using var repo = new RepositoryBuilder()
            .File("CODEOWNERS", "/base/ @acme/base\n/overlays/prod/patches/ @acme/patchers\n/overlays/prod/kustomization.yaml @acme/deployers\n")
            .File("base/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("base/deployment.yaml", PlainDeployment)
            .File("overlays/prod/kustomization.yaml", Overlay("prod", "patches:\n  - path: patches/privileged.yaml\n"))
            .File("overlays/prod/patches/privileged.yaml", PrivilegedPatch)
            .Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings, f => f.RuleId == Scans.PrivilegedRule);
        Assert.Equal(("overlays/prod/patches/privileged.yaml", 10), (finding.Location.Path, finding.Location.Line));
        Assert.Equal(["@acme/patchers", "@acme/deployers"], finding.Owners);
        Assert.Equal("prod-web", finding.Resource!.Name);
        Assert.Equal("overlays/prod/patches/privileged.yaml", finding.Origin!.Files[^1]);
    }

    [Fact]
    public async Task A_patch_that_sorts_before_its_kustomization_is_checked_only_in_the_rendered_overlay()
    {
        // "00-patch.yaml" and the folder "a-patches" are walked before "kustomization.yaml".
        using var repo = new RepositoryBuilder()
            .File("app/00-patch.yaml", PrivilegedPatch)
            .File("app/a-patches/replicas.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n")
            .File("app/deployment.yaml", PlainDeployment)
            .File("app/kustomization.yaml", "resources:\n  - deployment.yaml\npatches:\n  - path: 00-patch.yaml\n  - path: a-patches/replicas.yaml\n")
            .Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings, f => f.RuleId == Scans.PrivilegedRule);
        Assert.Equal(("app/00-patch.yaml", 10, "app"), (finding.Location.Path, finding.Location.Line, finding.Origin?.EntryPointName));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "RMP-DISC-010");
        // The two patches and the Deployment; the kustomization file itself is never counted as a manifest.
        Assert.Equal((0, 1, 1, 3), (report.Coverage.Manifests, report.Coverage.EntryPoints, report.Coverage.RenderedObjects, report.Coverage.RenderInputs));
    }

    [Fact]
    public async Task A_broken_kustomization_is_a_finding_at_its_line_and_the_rest_of_the_scan_goes_on()
    {
        using var repo = new RepositoryBuilder()
            .File("broken/kustomization.yaml", "resources:\n  - deployment.yaml\n  - missing.yaml\n")
            .File("broken/deployment.yaml", PlainDeployment)
            .File("pods/pod.yaml", Scans.PrivilegedPod("loose"))
            .Build();

        var report = await Scans.Run(repo);

        var broken = Assert.Single(report.Findings, f => f.RuleId.StartsWith("RMP-RENDER-", StringComparison.Ordinal));
        Assert.Equal(("RMP-RENDER-002", "broken/kustomization.yaml", 3), (broken.RuleId, broken.Location.Path, broken.Location.Line));
        Assert.Equal(10, Assert.Single(report.Of("pods/pod.yaml", Scans.PrivilegedRule)).Location.Line);
        // Nothing rendered the Deployment, so it is checked as it stands rather than not at all.
        Assert.Contains(report.Findings, f => f.Location.Path == "broken/deployment.yaml" && f.Resource?.Name == "web" && f.Origin is null);
        Assert.Contains(report.Coverage.NotChecked, why => why.StartsWith("kustomization broken: not rendered, RMP-RENDER-002", StringComparison.Ordinal));
        Assert.False(report.Gate.Passed);
    }

    [Fact]
    public async Task Coverage_of_renders_is_in_the_json_report()
    {
        using var repo = new RepositoryBuilder()
            .File("base/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("base/deployment.yaml", PlainDeployment)
            .File("overlays/dev/kustomization.yaml", Overlay("dev"))
            .File("overlays/prod/kustomization.yaml", Overlay("prod"))
            .File("broken/kustomization.yaml", "resources:\n  - missing.yaml\n")
            .File("pods/pod.yaml", Scans.PrivilegedPod())
            .Build();

        var report = await Scans.Run(repo);
        using var json = JsonDocument.Parse(SampleReports.Render(new JsonReportWriter(), report, SampleReports.Options));

        var coverage = json.RootElement.GetProperty("coverage");
        Assert.Equal((3, 2, 1, 1), (
            coverage.GetProperty("entryPoints").GetInt32(),
            coverage.GetProperty("renderedObjects").GetInt32(),
            coverage.GetProperty("renderInputs").GetInt32(),
            coverage.GetProperty("manifests").GetInt32()));
        Assert.Equal(3, json.RootElement.GetProperty("resourcesScanned").GetInt32());
        var notChecked = Assert.Single(coverage.GetProperty("notChecked").EnumerateArray());
        Assert.StartsWith("kustomization broken: not rendered, RMP-RENDER-002 at broken/kustomization.yaml:2", notChecked.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_points_and_objects_over_the_limits_are_counted_as_not_checked()
    {
        using var repo = new RepositoryBuilder()
            .File("a/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("a/deployment.yaml", PrivilegedDeployment)
            .File("b/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("b/deployment.yaml", PrivilegedDeployment)
            .File("c/kustomization.yaml", "resources:\n  - deployment.yaml\n")
            .File("c/deployment.yaml", PrivilegedDeployment)
            .Build();

        var report = await Scans.Run(repo, config: "scan:\n  render:\n    maxEntryPoints: 2\n    maxObjects: 1\n");

        Assert.Equal((2, 1), (report.Coverage.EntryPoints, report.Coverage.RenderedObjects));
        // a is rendered and checked; b's one object is over maxObjects; c is not rendered, so its files stand as they are.
        Assert.Equal(
            ["a/deployment.yaml rendered", "c/deployment.yaml as it stands"],
            report.Findings.Where(f => f.RuleId == Scans.PrivilegedRule)
                .Select(f => f.Location.Path + (f.Origin is null ? " as it stands" : " rendered")).Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                "1 entry points over the limit of 2 (scan.render.maxEntryPoints) were not rendered, from kustomization c on",
                "kustomization b: 1 of its 1 objects over the limit of 1 rendered objects (scan.render.maxObjects) were not checked",
            ],
            report.Coverage.NotChecked);
    }
}
