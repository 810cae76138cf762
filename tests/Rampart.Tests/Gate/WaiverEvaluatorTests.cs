using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Gate;

public sealed class WaiverEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RampartConfig Config(params WaiverConfig[] waivers) => new()
    {
        Teams =
        [
            new TeamConfig { Name = "shop", Handles = ["@acme/shop"], Members = ["@dana"] },
            new TeamConfig { Name = "security", Handles = ["@acme/security"], Members = ["@sam"] },
        ],
        Waivers = waivers,
    };

    private static WaiverConfig Waiver(string? rule = null, string approver = "@dana", DateOnly? expires = null, int line = 7, string? path = null, string? name = null) => new()
    {
        Rule = rule is null ? null : Glob.ForName(rule),
        Path = path is null ? null : Glob.ForPath(path),
        Name = name,
        Reason = "accepted for the quarter",
        Approver = approver,
        Expires = expires ?? new DateOnly(2027, 1, 1),
        Source = new ConfigSource("rampart.yaml", line),
    };

    [Fact]
    public void A_valid_waiver_marks_the_finding_waived_and_keeps_it()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]);

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003")), Today).Apply([finding]);

        var waived = Assert.Single(outcome.Findings);
        Assert.Equal(FindingStatus.Waived, waived.Status);
        Assert.Contains("@dana", waived.StatusReason, StringComparison.Ordinal);
        Assert.Contains("rampart.yaml:7", waived.StatusReason, StringComparison.Ordinal);
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void A_waiver_can_select_by_alias_path_and_resource()
    {
        var finding = TestFindings.Make("RMP-K8S-003", path: "clusters/prod/x.yaml", aliases: ["KSV-0017"], owners: ["@acme/shop"], resource: TestFindings.Deployment("exporter"));

        var outcome = new WaiverEvaluator(Config(Waiver("KSV-0017", path: "clusters/**", name: "exporter")), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Waived, Assert.Single(outcome.Findings).Status);
    }

    [Fact]
    public void An_expired_waiver_stops_applying_and_is_reported()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]);

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003", expires: new DateOnly(2026, 11, 26), line: 12)), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Open, Assert.Single(outcome.Findings).Status);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(GateRules.ExpiredWaiver.Id, problem.RuleId);
        Assert.Equal(("rampart.yaml", 12), (problem.Location.Path, problem.Location.Line));
        Assert.Contains("expired on 2026-11-26", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_expiring_today_still_applies()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]);

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003", expires: Today)), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Waived, Assert.Single(outcome.Findings).Status);
    }

    [Fact]
    public void A_waiver_that_matches_nothing_is_reported_as_stale()
    {
        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-999", line: 3)), Today).Apply([TestFindings.Make("RMP-K8S-003")]);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(GateRules.StaleWaiver.Id, problem.RuleId);
        Assert.Equal(3, problem.Location.Line);
    }

    [Fact]
    public void An_approver_outside_the_owning_team_and_approvers_cannot_waive()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]);

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003", approver: "@mallory")), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Open, Assert.Single(outcome.Findings).Status);
        Assert.Equal(GateRules.UnapprovedWaiver.Id, Assert.Single(outcome.Problems).RuleId);
    }

    [Fact]
    public void A_member_of_an_approving_team_may_waive_another_teams_finding()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]);

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003", approver: "@sam")), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Waived, Assert.Single(outcome.Findings).Status);
    }

    [Fact]
    public void Suppressed_findings_are_left_alone()
    {
        var finding = TestFindings.Make("RMP-K8S-003", owners: ["@acme/shop"]) with { Status = FindingStatus.Suppressed };

        var outcome = new WaiverEvaluator(Config(Waiver("RMP-K8S-003")), Today).Apply([finding]);

        Assert.Equal(FindingStatus.Suppressed, Assert.Single(outcome.Findings).Status);
        Assert.Equal(GateRules.StaleWaiver.Id, Assert.Single(outcome.Problems).RuleId);
    }
}
