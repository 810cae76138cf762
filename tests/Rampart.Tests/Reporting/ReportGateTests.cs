using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class ReportGateTests
{
    private static readonly TeamGateResult Payments = new("payments", Severity.High, 0, 0, true) { Handles = ["@acme/payments"] };
    private static readonly TeamGateResult Platform = new("platform", Severity.Critical, 0, 0, true) { Handles = ["@acme/platform"] };
    private static readonly TeamGateResult Security = new("security", null, 0, 0, true);

    private static readonly ReportGate Gate = new(new GateResult(true, Severity.Medium, [Payments, Platform, Security]));

    [Theory]
    [InlineData("@acme/payments", "payments")]
    [InlineData("@ACME/Payments", "payments")]
    [InlineData("payments", "payments")]
    [InlineData("security", "security")]
    public void A_finding_belongs_to_a_team_named_by_one_of_its_owners(string owner, string team)
    {
        var finding = SampleFindings.ImageLowUnowned with { Owners = [owner] };

        Assert.Equal([team], Gate.TeamsOf(finding).Select(t => t.Team));
    }

    [Fact]
    public void An_owner_that_is_no_team_gives_no_team()
    {
        Assert.Empty(Gate.TeamsOf(SampleFindings.ImageLowUnowned with { Owners = ["@alice"] }));
    }

    [Fact]
    public void A_finding_of_several_teams_is_held_to_the_strictest_threshold()
    {
        var finding = SampleFindings.ImageLowUnowned with { Owners = ["@acme/platform", "@acme/payments"] };

        Assert.Equal(Severity.High, Gate.ThresholdOf(finding));
    }

    [Fact]
    public void A_team_without_a_threshold_uses_the_scans()
    {
        Assert.Equal(Severity.Medium, Gate.ThresholdOf(SampleFindings.ImageLowUnowned with { Owners = ["security"] }));
    }

    [Fact]
    public void An_unowned_finding_uses_the_scans_threshold()
    {
        Assert.Equal(Severity.Medium, Gate.ThresholdOf(SampleFindings.ImageLowUnowned));
    }

    [Theory]
    [InlineData(Severity.Critical, FindingStatus.Open, true)]
    [InlineData(Severity.High, FindingStatus.Open, false)]
    [InlineData(Severity.Critical, FindingStatus.Waived, false)]
    public void Only_open_findings_at_or_above_their_threshold_are_over_it(Severity severity, FindingStatus status, bool over)
    {
        var finding = SampleFindings.ImageLowUnowned with { Owners = ["@acme/platform"], Severity = severity, Status = status };

        Assert.Equal(over, Gate.IsOverThreshold(finding));
    }
}
