using Rampart.Findings;
using Rampart.Gate;
using Rampart.Testing;
using Rampart.Tests.Scanning;

namespace Rampart.Tests.Gate;

/// <summary>
/// <c># rampart:ignore RULE[,RULE…] reason</c> comments in a manifest suppress those rules for the object of their
/// document, as the annotation does; comments that cannot be reviewed or suppress nothing are findings themselves.
/// </summary>
public sealed class CommentSuppressionTests
{
    /// <summary>The privileged Pod of <see cref="Scans.PrivilegedPod"/> (line 10), with <paramref name="comment"/> above it and <paramref name="trailing"/> after <c>privileged: true</c>.</summary>
    private static string Pod(string name, string comment = "", string trailing = "") =>
        (comment.Length > 0 ? comment + "\n" : "") + Scans.PrivilegedPod(name).Replace("privileged: true", "privileged: true" + trailing, StringComparison.Ordinal);

    [Fact]
    public async Task A_comment_on_its_own_line_suppresses_the_rule_for_the_object_with_its_reason()
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", Pod("a", "# rampart:ignore RMP-K8S-004,KSV-0017 the lab needs it")).Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Of("pod.yaml", Scans.PrivilegedRule));
        Assert.Equal(FindingStatus.Suppressed, finding.Status);
        Assert.Equal("# rampart:ignore RMP-K8S-004,KSV-0017 at pod.yaml:1: the lab needs it", finding.StatusReason);
        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("RMP-GATE-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trailing_comment_suppresses_by_alias_in_any_case()
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", Pod("a", trailing: "  # rampart:ignore ksv-0017 reviewed in SEC-12")).Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Of("pod.yaml", Scans.PrivilegedRule));
        Assert.Equal(FindingStatus.Suppressed, finding.Status);
        Assert.Contains("at pod.yaml:10: reviewed in SEC-12", finding.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_multi_document_file_the_comment_applies_only_to_its_own_document()
    {
        using var repo = new RepositoryBuilder()
            .File("pods.yaml", Pod("a") + "---\n" + Pod("b", "# rampart:ignore RMP-K8S-004 b is a lab pod") + "---\n" + Pod("c"))
            .Build();

        var report = await Scans.Run(repo);

        var byName = report.Of("pods.yaml", Scans.PrivilegedRule).ToDictionary(f => f.Resource!.Name!, f => f.Status);
        Assert.Equal(FindingStatus.Open, byName["a"]);
        Assert.Equal(FindingStatus.Suppressed, byName["b"]);
        Assert.Equal(FindingStatus.Open, byName["c"]);
    }

    [Fact]
    public async Task A_comment_naming_an_unknown_rule_is_a_finding_that_names_the_id_and_suppresses_nothing()
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", Pod("a", "# rampart:ignore RMP-K8S-9999 typo in the id")).Build();

        var report = await Scans.Run(repo);

        Assert.Equal(FindingStatus.Open, Assert.Single(report.Of("pod.yaml", Scans.PrivilegedRule)).Status);
        var problem = Assert.Single(report.Of("pod.yaml", GateRules.UnknownSuppression.Id));
        Assert.Contains("'RMP-K8S-9999'", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public async Task A_comment_that_is_no_known_directive_is_a_finding()
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", Pod("a", "# rampart:disable RMP-K8S-004 wrong verb")).Build();

        var report = await Scans.Run(repo);

        Assert.Equal(FindingStatus.Open, Assert.Single(report.Of("pod.yaml", Scans.PrivilegedRule)).Status);
        Assert.Contains("'rampart:disable' is not a directive", Assert.Single(report.Of("pod.yaml", GateRules.UnknownSuppression.Id)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_without_a_reason_suppresses_and_is_reported_once_as_a_finding()
    {
        using var repo = new RepositoryBuilder().File("pod.yaml", Pod("a", trailing: " # rampart:ignore RMP-K8S-004")).Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Of("pod.yaml", Scans.PrivilegedRule));
        Assert.Equal(FindingStatus.Suppressed, finding.Status);
        Assert.EndsWith("(no reason given)", finding.StatusReason, StringComparison.Ordinal);
        var problem = Assert.Single(report.Of("pod.yaml", GateRules.SuppressionWithoutReason.Id));
        Assert.Equal(FindingStatus.Open, problem.Status);
        Assert.Equal(10, problem.Location.Line);
    }

    [Fact]
    public async Task A_comment_in_a_base_applies_to_every_render_of_its_object_and_is_checked_once()
    {
        static string Overlay(string name) => $"namespace: {name}\nnamePrefix: {name}-\nresources:\n  - ../../base\n";
        using var repo = new RepositoryBuilder()
            .File("base/kustomization.yaml", "resources:\n  - pod.yaml\n")
            .File("base/pod.yaml", Pod("a", "# rampart:ignore RMP-K8S-004"))
            .File("overlays/dev/kustomization.yaml", Overlay("dev"))
            .File("overlays/prod/kustomization.yaml", Overlay("prod"))
            .Build();

        var report = await Scans.Run(repo);

        var findings = report.Findings.Where(f => f.RuleId == Scans.PrivilegedRule).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Suppressed, f.Status));
        Assert.Single(report.Of("base/pod.yaml", GateRules.SuppressionWithoutReason.Id));
    }
}
