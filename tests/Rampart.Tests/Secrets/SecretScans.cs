using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Secrets;

/// <summary>Whole scans of test repositories, and the synthetic tokens the secret tests plant.</summary>
internal static class SecretScans
{
    // Made for these tests to GitHub's format (thirty random characters and their CRC32 in base62); never issued.
    public const string GitHubToken = "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";
    public const string OtherGitHubToken = "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";

    public static async Task<ScanReport> Run(TestRepository repo, string? config = null, IReadOnlySet<string>? scanners = null)
    {
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Config = config is null ? RampartConfig.Default : ConfigLoader.Parse(config, "rampart.yaml").Config,
            Scanners = scanners,
        };
        var outcome = await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return outcome.Report!;
    }

    public static List<Finding> Secrets(this ScanReport report) => [.. report.Findings.Where(f => f.Category == Category.Secret)];
}
