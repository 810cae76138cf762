namespace Rampart.Cli.Tests;

/// <summary>A scan of a subfolder finds the repository's configuration above it; two names for it are a configuration error.</summary>
public sealed class ConfigLookupScanTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n";

    [Fact]
    public void A_subfolder_scan_gates_with_the_rampart_yaml_at_the_repository_top_unless_config_names_another()
    {
        using var repo = new TempFolder().Write(".git/HEAD", "ref: refs/heads/main\n").Write("rampart.yaml", "gate:\n  failOn: none\n").Write("deploy/pod.yaml", Pod)
            .Write("ops/strict.yaml", "gate:\n  failOn: high\n");

        Assert.Equal(0, CliRun.Of("scan", repo["deploy"], "--no-progress").ExitCode);
        Assert.Equal(1, CliRun.Of("scan", repo["deploy"], "--no-progress", "--config", repo["ops/strict.yaml"]).ExitCode);
    }

    [Fact]
    public void Rampart_yaml_and_rampart_yml_together_are_a_configuration_error_naming_both()
    {
        using var repo = new TempFolder().Write(".git/HEAD", "ref: refs/heads/main\n").Write("rampart.yaml", "version: 1\n").Write("rampart.yml", "version: 1\n").Write("deploy/pod.yaml", Pod);

        var run = CliRun.Of("scan", repo["deploy"], "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("../rampart.yaml and ../rampart.yml", run.Error, StringComparison.Ordinal);
    }
}
