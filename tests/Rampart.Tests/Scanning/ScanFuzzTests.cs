using System.Diagnostics;
using Rampart.Testing.Fuzzing;
using Rampart.Tests.Scanning.Fuzzing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// Thousands of mutated manifests and configuration files, in repositories scanned as <c>rampart scan</c> scans them:
/// no internal failure, every file accounted for, every finding located, every report written. The inputs are fixed
/// by a seed (<see cref="FuzzSettings"/>); a failure names the seed and shows the files that break the promise.
/// </summary>
public sealed class ScanFuzzTests
{
    private const int Repositories = 30;
    private const int ManifestsPerRepository = 50;
    private const int FailuresShown = 10;

    [Fact]
    public async Task Mutated_repositories_scan_without_internal_failure_with_every_file_accounted_for_and_every_finding_located()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var totals = new FuzzTotals();
        var failures = new List<string>();
        for (var i = 0; i < Repositories * FuzzSettings.Soak && failures.Count < FailuresShown; i++)
        {
            using var repo = FuzzRepository.Create(FuzzSettings.RepositorySeed(FuzzSettings.Seed, i), ManifestsPerRepository);
            var violations = await FuzzScan.CheckAsync(repo, totals, cancellation);
            if (violations.Count > 0)
            {
                failures.Add(await FuzzFailure.ExplainAsync(repo, violations, narrow: failures.Count == 0, cancellation));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {FuzzSettings.Seed}: {totals}; {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var c = totals.Coverage;
        Assert.True(c.Manifests > 0 && c.NotRendered > 0 && c.WithoutObjects > 0 && c.NotScanned > 0, $"every outcome is reached: {totals}");
        Assert.InRange(totals.ConfigRejected, 1, totals.Repositories - 1);
    }
}
