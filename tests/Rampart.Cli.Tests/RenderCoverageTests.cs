using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary>The table report ends with what the scan rendered and what it did not check; JSON carries the same counts.</summary>
public sealed class RenderCoverageTests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n";

    private static RepositoryBuilder TwoOverlaysAndABrokenRoot() => new RepositoryBuilder()
        .File("base/kustomization.yaml", "resources:\n  - deployment.yaml\n")
        .File("base/deployment.yaml", Deployment)
        .File("overlays/dev/kustomization.yaml", "namePrefix: dev-\nresources:\n  - ../../base\n")
        .File("overlays/prod/kustomization.yaml", "namePrefix: prod-\nresources:\n  - ../../base\n")
        .File("legacy/kustomization.yaml", "resources:\n  - gone.yaml\n");

    [Fact]
    public void The_table_ends_with_entry_points_objects_and_the_count_of_what_was_not_checked()
    {
        using var repo = TwoOverlaysAndABrokenRoot().Build();

        var run = CliRun.Of("scan", repo.Root, "--format", "table", "--no-color", "--fail-on", "none");

        var lines = run.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal(
            [
                "Rendered: 3 entry points, 2 objects checked, 1 file checked through what they render to; not checked (1):",
                "  - kustomization legacy: not rendered, RMP-RENDER-002 at legacy/kustomization.yaml:2:5",
                "Not checked: 1 render or entry point not checked (listed under Rendered).",
            ],
            lines[^3..]);
    }

    [Fact]
    public void The_json_report_counts_what_was_rendered()
    {
        using var repo = TwoOverlaysAndABrokenRoot().Build();

        var run = CliRun.Of("scan", repo.Root, "--format", "json", "--fail-on", "none");

        var coverage = JsonDocument.Parse(run.Out).RootElement.GetProperty("coverage");
        Assert.Equal((3, 2, 1, 0), (
            coverage.GetProperty("entryPoints").GetInt32(),
            coverage.GetProperty("renderedObjects").GetInt32(),
            coverage.GetProperty("renderInputs").GetInt32(),
            coverage.GetProperty("manifests").GetInt32()));
        Assert.Single(coverage.GetProperty("notChecked").EnumerateArray());
    }
}
