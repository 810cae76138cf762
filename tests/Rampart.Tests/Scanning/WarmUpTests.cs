using Rampart.Analysis;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// The plans' warm-ups (<see cref="AnalyzerPlan.Warm"/>) run beside the walk and change nothing a scan reports: one
/// that fails is dropped, and its work happens again at first use.
/// </summary>
public sealed class WarmUpTests
{
    private const string PrivilegedPod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x, securityContext: {privileged: true}}]}\n";

    [Fact]
    public async Task The_warm_ups_run_in_plan_order_and_one_that_fails_stops_none_after_it()
    {
        var ran = new List<string>();
        AnalyzerPlan Plan(Action warm) => new() { Warm = warm, Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(null, [])) };

        await ScanPipeline.Warm([
            Plan(() => ran.Add("schema")),
            new AnalyzerPlan { Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(null, [])) },
            Plan(() => throw new InvalidOperationException("defect")),
            Plan(() => ran.Add("secret")),
        ]);

        Assert.Equal(["schema", "secret"], ran);
    }

    [Fact]
    public async Task A_scan_starts_its_plans_warm_ups()
    {
        var warmed = false;
        var registry = new AnalyzerRegistry()
            .Add(new("warming", "", true, () => [], _ => new AnalyzerPlan { Warm = () => warmed = true, Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(null, [])) }));
        using var repo = new RepositoryBuilder().File("apps/pod.yaml", PrivilegedPod).Build();

        var outcome = await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = registry }, TestContext.Current.CancellationToken);
        await outcome.WarmUps;

        Assert.NotNull(outcome.Report);
        Assert.True(warmed);
    }

    [Fact]
    public async Task A_warm_up_that_fails_leaves_the_scan_as_it_was()
    {
        var policy = BuiltInAnalyzers.Registry.All.Single(r => r.Name == "policy");
        var failing = new AnalyzerRegistry()
            .Add(new("failing", "", true, () => [], _ => new AnalyzerPlan { Warm = () => throw new InvalidOperationException("defect"), Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(null, [])) }))
            .Add(policy);
        var plain = new AnalyzerRegistry().Add(policy);
        using var repo = new RepositoryBuilder().File("apps/pod.yaml", PrivilegedPod).Build();

        var withFailure = await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = failing }, TestContext.Current.CancellationToken);
        var without = await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = plain }, TestContext.Current.CancellationToken);

        Assert.Equal(0, withFailure.AnalyzerFailures);
        Assert.Contains(withFailure.Report!.Findings, f => f.RuleId == "RMP-K8S-004" && f.Location.Path == "apps/pod.yaml");
        Assert.Equal(
            without.Report!.Findings.Select(f => (f.RuleId, f.Location.Path, f.Location.Line, f.Fingerprint)),
            withFailure.Report.Findings.Select(f => (f.RuleId, f.Location.Path, f.Location.Line, f.Fingerprint)));
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("policy")]
    [InlineData("secret")]
    public void The_analyzers_with_work_to_do_before_the_first_object_have_a_warm_up(string name)
    {
        var plan = BuiltInAnalyzers.Registry.All.Single(r => r.Name == name).Plan(ScanOptions.ForFolder("."));

        Assert.NotNull(plan.Warm);
    }
}
