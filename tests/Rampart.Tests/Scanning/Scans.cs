using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning;

/// <summary>Runs a whole scan over a test repository with the default gate (high), as <c>rampart scan</c> does.</summary>
internal static class Scans
{
    public const string PrivilegedRule = "RMP-K8S-004";

    /// <summary>A Pod with a privileged container, ten lines and a final line break; <c>privileged</c> is on line 10.</summary>
    public static string PrivilegedPod(string name = "hidden") => Canary.Pod(name);

    public static async Task<ScanReport> Run(TestRepository repo, DiscoveryOptions? discovery = null, string? config = null)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Discovery = discovery ?? DiscoveryOptions.Default,
            Config = config is null ? RampartConfig.Default : Configured(config),
        };
        var outcome = await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return outcome.Report!;
    }

    /// <summary>The findings of <paramref name="rule"/> in <paramref name="path"/>.</summary>
    public static List<Finding> Of(this ScanReport report, string path, string rule) =>
        [.. report.Findings.Where(f => f.Location.Path == path && f.RuleId == rule)];

    private static RampartConfig Configured(string yaml)
    {
        var loaded = ConfigLoader.Parse(yaml, "rampart.yaml");
        Assert.Empty(loaded.Errors);
        return loaded.Config;
    }
}
