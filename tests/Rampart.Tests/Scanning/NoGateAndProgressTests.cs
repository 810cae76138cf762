using Rampart.Findings;
using Rampart.Loading;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary><c>--fail-on none</c> switches every gate off; progress never goes backwards; a tab is located at its line.</summary>
public sealed class NoGateAndProgressTests
{
    private const string TeamConfig = """
        teams:
          - name: payments
            handles: ["@acme/payments"]
            gate: { failOn: low, categories: { policy: info } }
        gate:
          failOn: low
          categories: { schema: info }
        routing:
          - match: { path: "**" }
            owners: [payments]
        """;

    [Fact]
    public async Task Fail_on_none_switches_off_the_team_gates_and_category_thresholds_too()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", TeamConfig).File("pod.yaml", Scans.PrivilegedPod()).Build();

        var gated = ScanSettings.Resolve(new ScanRequest { Path = repo.Root }).Options!;
        var ungated = ScanSettings.Resolve(new ScanRequest { Path = repo.Root, FailOn = "none" }).Options!;
        var failing = await Scanner.RunAsync(gated with { Parallelism = 1 }, TestContext.Current.CancellationToken);
        var passing = await Scanner.RunAsync(ungated with { Parallelism = 1 }, TestContext.Current.CancellationToken);

        Assert.False(failing.Report!.Gate.Passed);
        Assert.True(passing.Report!.Gate.Passed);
        Assert.All(passing.Report.Gate.Teams, team => Assert.Equal(0, team.FindingsOverThreshold));
        Assert.Contains(passing.Report.Findings, f => f.RuleId == Scans.PrivilegedRule && f.Status == FindingStatus.Open);
    }

    [Fact]
    public void Progress_reports_that_would_go_backwards_are_dropped()
    {
        var seen = new List<ScanProgress>();
        var progress = new MonotonicProgress(new Recorder(seen));

        progress.Report(new ScanProgress("analyze", 2, 10, 5));
        progress.Report(new ScanProgress("analyze", 1, 10, 7));
        progress.Report(new ScanProgress("analyze", 3, 10, 4));
        progress.Report(new ScanProgress("analyze", 3, 10, 6));
        progress.Report(new ScanProgress("report", 0, 1, 0));

        Assert.Equal([(2, 5), (3, 6), (0, 0)], seen.Select(p => (p.FilesDone, p.Objects)));
    }

    [Fact]
    public async Task A_parallel_scan_reports_counts_that_never_go_backwards()
    {
        var builder = new RepositoryBuilder();
        for (var i = 0; i < 60; i++)
        {
            builder.File($"apps/pod{i}.yaml", Scans.PrivilegedPod($"pod{i}") + "---\n" + Scans.PrivilegedPod($"second{i}"));
        }

        using var repo = builder.Build();
        var seen = new List<ScanProgress>();
        var options = Rampart.Scanning.ScanOptions.ForFolder(repo.Root) with { Parallelism = 4, Progress = new Recorder(seen) };

        await Scanner.RunAsync(options, TestContext.Current.CancellationToken);

        var analyze = seen.Where(p => p.Stage == "analyze").ToList();
        Assert.True(analyze.Count > 1, $"{analyze.Count} progress reports");
        Assert.All(analyze.Zip(analyze.Skip(1)), pair =>
            Assert.True(pair.Second.FilesDone >= pair.First.FilesDone && pair.Second.Objects >= pair.First.Objects, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_at_its_line()
    {
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n\tk: v\n";

        var problem = Assert.Single(new YamlLoader().Load("cm.yaml", text).SelectMany(d => d.Problems));

        Assert.Equal((6, 1), (problem.Location.Line, problem.Location.Column));
    }

    private sealed class Recorder(List<ScanProgress> seen) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
