using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Gate;

public sealed class GateEvaluatorTests
{
    private static readonly RampartConfig TwoTeams = new()
    {
        Teams =
        [
            new TeamConfig { Name = "developers", Handles = ["@acme/devs"], Gate = new GateThresholds(Severity.High, new Dictionary<Category, Severity?>()) },
            new TeamConfig { Name = "platform", Handles = ["@acme/platform"], Gate = new GateThresholds(Severity.Critical, new Dictionary<Category, Severity?>()) },
        ],
    };

    private static readonly GateThresholds Defaults = new(Severity.Medium, new Dictionary<Category, Severity?>());

    [Fact]
    public void Each_team_is_held_to_its_own_threshold()
    {
        var findings = new[]
        {
            TestFindings.Make(severity: Severity.High, owners: ["@acme/devs"]),
            TestFindings.Make(severity: Severity.High, owners: ["@acme/platform"]),
        };

        var result = new GateEvaluator(TwoTeams, Defaults).Evaluate(findings);

        Assert.False(result.Passed);
        Assert.Equal(
            [("developers", false, 1), ("platform", true, 0)],
            result.Teams.Select(t => (t.Team, t.Passed, t.FindingsOverThreshold)));
    }

    [Fact]
    public void Unowned_findings_use_the_default_threshold()
    {
        var result = new GateEvaluator(TwoTeams, Defaults).Evaluate([TestFindings.Make(severity: Severity.Medium)]);

        var unowned = Assert.Single(result.Teams, t => t.Team == GateEvaluator.Unowned);
        Assert.False(unowned.Passed);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Only_open_findings_count()
    {
        var findings = new[]
        {
            TestFindings.Make(severity: Severity.Critical, owners: ["@acme/platform"]) with { Status = FindingStatus.Waived },
            TestFindings.Make(severity: Severity.Critical, owners: ["@acme/platform"]) with { Status = FindingStatus.Baselined },
            TestFindings.Make(severity: Severity.Critical, owners: ["@acme/platform"]) with { Status = FindingStatus.Suppressed },
        };

        var result = new GateEvaluator(TwoTeams, Defaults).Evaluate(findings);

        Assert.True(result.Passed);
    }

    [Fact]
    public void A_category_threshold_overrides_the_team_default()
    {
        var config = new RampartConfig
        {
            Teams = [new TeamConfig { Name = "platform", Handles = ["@p"], Gate = new GateThresholds(Severity.Critical, new Dictionary<Category, Severity?> { [Category.Secret] = Severity.Low }) }],
        };

        var result = new GateEvaluator(config, Defaults).Evaluate([TestFindings.Make(severity: Severity.Low, category: Category.Secret, owners: ["@p"])]);

        Assert.False(result.Passed);
    }

    [Fact]
    public void A_team_gate_of_none_never_fails_whatever_the_default()
    {
        var config = new RampartConfig
        {
            Teams = [new TeamConfig { Name = "platform", Handles = ["@p"], Gate = GateThresholds.None with { FailOnGiven = true } }],
        };

        var result = new GateEvaluator(config, Defaults).Evaluate([TestFindings.Make(severity: Severity.Critical, owners: ["@p"])]);

        Assert.True(result.Passed);
    }

    [Fact]
    public void What_a_team_gate_leaves_out_comes_from_the_default_gate()
    {
        var defaults = new GateThresholds(Severity.High, new Dictionary<Category, Severity?> { [Category.Secret] = Severity.Low });
        var config = new RampartConfig
        {
            Teams =
            [
                new TeamConfig { Name = "only-categories", Handles = ["@c"], Gate = new GateThresholds(null, new Dictionary<Category, Severity?> { [Category.Image] = Severity.Low }) },
                new TeamConfig { Name = "only-failon", Handles = ["@f"], Gate = new GateThresholds(Severity.Critical, new Dictionary<Category, Severity?>()) },
            ],
        };
        var findings = new[]
        {
            TestFindings.Make(severity: Severity.High, owners: ["@c"]),
            TestFindings.Make(severity: Severity.Low, category: Category.Secret, owners: ["@f"]),
        };

        var result = new GateEvaluator(config, defaults).Evaluate(findings);

        Assert.Equal([("only-categories", false), ("only-failon", false)], result.Teams.Select(t => (t.Team, t.Passed)));
    }

    [Fact]
    public void Without_teams_one_gate_holds_every_finding()
    {
        var result = new GateEvaluator(RampartConfig.Default, Defaults).Evaluate([TestFindings.Make(severity: Severity.Low)]);

        Assert.True(result.Passed);
        Assert.Equal("(all)", Assert.Single(result.Teams).Team);
    }

    [Fact]
    public void The_result_names_the_blocking_findings_and_each_teams_handles()
    {
        var findings = new[]
        {
            TestFindings.Make(severity: Severity.High, owners: ["@acme/devs"], fingerprint: "over"),
            TestFindings.Make(severity: Severity.Low, owners: ["@acme/devs"], fingerprint: "under"),
        };

        var result = new GateEvaluator(TwoTeams, Defaults).Evaluate(findings);

        Assert.Equal(["over"], result.Blocking!);
        Assert.Equal(["@acme/devs"], result.Teams[0].Handles);
    }
}
