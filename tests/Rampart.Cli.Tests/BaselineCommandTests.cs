namespace Rampart.Cli.Tests;

public sealed class BaselineCommandTests
{
    private const string Broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  retries: 3\n";

    [Fact]
    public void A_baseline_accepts_existing_findings_and_still_gates_new_ones()
    {
        using var repo = new TempFolder().Write("a.yaml", Broken);
        var baseline = repo["baseline.json"];

        Assert.Equal(0, CliRun.Of("baseline", "create", repo.Root, "--output", baseline).ExitCode);
        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--baseline", baseline).ExitCode);

        // Lines inserted above and the object moved to another file: still the same finding.
        File.Delete(repo["a.yaml"]);
        repo.Write("moved/a.yaml", "# moved here\n\n" + Broken);
        Assert.Equal(0, CliRun.Of("scan", repo.Root, "--baseline", baseline).ExitCode);

        repo.Write("b.yaml", Broken.Replace("name: a", "name: b", StringComparison.Ordinal));
        var run = CliRun.Of("scan", repo.Root, "--baseline", baseline, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"status\": \"baselined\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"open\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_output_that_is_a_folder_is_a_usage_error()
    {
        using var repo = new TempFolder().Write("a.yaml", Broken);
        Directory.CreateDirectory(repo["out"]);

        var run = CliRun.Of("baseline", "create", repo.Root, "--output", repo["out"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rampart: cannot write '{repo["out"]}': it is a folder", run.Error.Trim());
    }

    [Fact]
    public void A_copy_of_a_baselined_finding_in_another_folder_still_gates()
    {
        using var repo = new TempFolder().Write("dev/a.yaml", Broken);
        var baseline = repo["baseline.json"];
        Assert.Equal(0, CliRun.Of("baseline", "create", repo.Root, "--output", baseline).ExitCode);

        // The same object (same kind, namespace and name) for another environment: a new finding.
        repo.Write("prod/a.yaml", Broken);
        var run = CliRun.Of("scan", repo.Root, "--baseline", baseline, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var statuses = System.Text.Json.JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("status").GetString()));
        Assert.Equal([("dev/a.yaml", "baselined"), ("prod/a.yaml", "open")], statuses);
    }
}
