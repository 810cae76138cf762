using Rampart.Analysis;
using Rampart.Cel.Values;
using Rampart.Cel;
using Rampart.Findings;
using Rampart.Policies.Cel;
using Rampart.Policies;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Policies;

/// <summary>
/// No bug becomes data: an exception inside a CEL function is an internal failure that leaves the analyzer (the scan
/// counts it, reports it and exits 3), whatever the policy's failurePolicy says, while the evaluation errors the CEL
/// specification defines stay values that failurePolicy decides about.
/// </summary>
public sealed class PolicyInternalFailureTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: shop, namespace: team-a}
        spec: {replicas: 1}
        """;

    /// <summary>The policy environment with <c>boom(x)</c>, a function with a defect: it throws.</summary>
    private static readonly PolicyEnvironments WithDefect = new(builder => builder.AddFunction("boom", f => f
        .Global("boom_dyn", CelType.Dyn, CelType.Bool, (CelValue value) => CelBool.Of(((CelString)value).Value.Length > 0))));

    [Theory]
    [InlineData("Ignore")]
    [InlineData("Fail")]
    public void A_function_that_throws_is_an_internal_failure_whatever_the_failure_policy(string failurePolicy)
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: boom(object.spec.replicas)", spec: $"failurePolicy: {failurePolicy}"), WithDefect);

        var failure = Assert.Throws<CelInternalException>(() => PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.IsType<InvalidCastException>(failure.InnerException);
        Assert.Equal("policy TEST-001: function 'boom'", failure.Site);
        Assert.StartsWith("internal error: policy TEST-001: function 'boom' failed at 1:5 of 'boom(object.spec.replicas)': InvalidCastException", failure.Message, StringComparison.Ordinal);
        Assert.Equal("boom(object.spec.replicas)", failure.Expression);
    }

    [Theory]
    [InlineData("variables:\n  - name: big\n    expression: boom(object.spec.replicas)", "- expression: variables.big")]
    [InlineData("matchConditions:\n  - name: big\n    expression: boom(object.spec.replicas)", "- expression: \"true\"")]
    [InlineData(null, "- expression: \"false\"\n  messageExpression: string(boom(object.spec.replicas))")]
    public void A_defect_in_a_variable_a_match_condition_or_a_message_is_an_internal_failure_too(string? spec, string validations)
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy(validations, spec: "failurePolicy: Ignore\n" + spec), WithDefect);

        Assert.Throws<CelInternalException>(() => PolicyRun.Analyze(analyzer, "d.yaml", Deployment));
    }

    [Fact]
    public async Task In_a_scan_a_defect_met_by_a_policy_is_an_internal_failure_naming_the_policy_and_the_rest_is_scanned()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: boom(object.spec.replicas)", spec: "failurePolicy: Ignore"), WithDefect);
        var registry = new AnalyzerRegistry()
            .Add(new("defective", "", true, () => [], _ => new AnalyzerPlan { Build = (index, _) => ValueTask.FromResult(new AnalyzerBuild(analyzer.For(index), [])) }))
            .Add(BuiltInAnalyzers.Registry.All.Single(r => r.Name == "policy"));
        using var repo = new RepositoryBuilder()
            .File("apps/shop.yaml", Deployment.Replace("metadata: {name: shop, namespace: team-a}", "metadata: {name: shop, namespace: team-a, annotations: {rampart.dev/ignore: \"*\"}}", StringComparison.Ordinal))
            .File("apps/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x, securityContext: {privileged: true}}]}\n")
            .Build();

        var outcome = await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Analyzers = registry }, TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.AnalyzerFailures);
        var failure = Assert.Single(outcome.Report!.Findings, f => f.RuleId == ScanRules.AnalyzerFailed.Id);
        Assert.Equal("apps/shop.yaml", failure.Location.Path);
        Assert.Equal(FindingStatus.Open, failure.Status);
        Assert.Contains("the policy analyzer failed: CelInternalException: internal error: policy TEST-001: function 'boom'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(outcome.Report.Findings, f => f.RuleId == "RMP-K8S-004" && f.Location.Path == "apps/pod.yaml");
    }

    [Fact]
    public void An_error_the_specification_defines_is_skipped_under_Ignore()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.replicas / 0 == 1", spec: "failurePolicy: Ignore"));

        Assert.Empty(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));
    }

    [Fact]
    public void An_error_the_specification_defines_is_a_policy_error_finding_under_Fail()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.replicas / 0 == 1", spec: "failurePolicy: Fail"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Contains("division by zero", finding.Message, StringComparison.Ordinal);
    }
}
