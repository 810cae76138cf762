using Rampart.Configuration;

namespace Rampart.Tests.Configuration;

public sealed class ConfigStrictnessTests
{
    [Theory]
    [InlineData("gate:\n  failOn:\n", 2, 10)]
    [InlineData("gate:\n  failOn: ~\n", 2, 11)]
    [InlineData("gate:\n  failOn: null\n", 2, 11)]
    [InlineData("gate:\n  failOn: \"\"\n", 2, 11)]
    [InlineData("gate:\n  categories:\n    secret: ~\n", 3, 13)]
    [InlineData("teams:\n  - name: apps\n    gate:\n      failOn: null\n", 4, 15)]
    [InlineData("teams:\n  - name: apps\n    gate: { failOn: }\n", 3, 21)]
    public void A_blank_threshold_is_an_error_at_its_line_and_column(string text, int line, int column)
    {
        var result = ConfigLoader.Parse(text, "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("is empty: give a severity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_defined_twice_is_an_error_at_the_second_name()
    {
        var result = ConfigLoader.Parse("teams:\n  - name: apps\n  - name: ops\n  - name: Apps\n", "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, 11), (error.Line, error.Column));
        Assert.Equal("team 'Apps' is defined more than once", error.Message);
    }

    [Fact]
    public void None_is_still_the_way_to_switch_a_gate_off()
    {
        var result = ConfigLoader.Parse("gate:\n  failOn: none\n  categories:\n    secret: none\n", "rampart.yaml");

        Assert.Empty(result.Errors);
        Assert.Null(result.Config.Gate.FailOn);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("SECURITY")]
    [InlineData("@acme/security")]
    [InlineData("@octocat")]
    [InlineData("@acme/platform-team")]
    [InlineData("@group/subgroup/team")]
    [InlineData("dev@example.com")]
    public void A_routing_owner_is_a_team_a_handle_or_an_email(string owner)
    {
        var result = ConfigLoader.Parse(Routing(owner), "rampart.yaml");

        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("secrity")]
    [InlineData("platform team")]
    [InlineData("@")]
    [InlineData("@acme/")]
    [InlineData("@@maintainer")]
    [InlineData("@acme team")]
    [InlineData("dev@localhost")]
    public void An_unknown_routing_owner_is_an_error_at_its_position(string owner)
    {
        var result = ConfigLoader.Parse(Routing(owner), "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((6, 14), (error.Line, error.Column));
        Assert.Contains("is neither a team of this file (teams: security) nor @user, @org/team or an e-mail address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_owner_is_an_error_even_with_no_teams_at_all()
    {
        var result = ConfigLoader.Parse("routing:\n  - match: { category: secret }\n    owners: security\n", "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("(it defines no teams)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_team_in_waiver_approvers_is_an_error()
    {
        var result = ConfigLoader.Parse(
            "teams:\n  - name: security\n    handles: ['@acme/security']\nwaiverApprovers: [security, '@acme/security', secops]\n", "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, 47), (error.Line, error.Column));
        Assert.Contains("waiverApprovers names 'secops', which is not a team of this file (teams: security)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_approver_team_needs_no_definition()
    {
        var result = ConfigLoader.Parse("teams:\n  - name: apps\n", "rampart.yaml");

        Assert.Empty(result.Errors);
        Assert.Equal(["security"], result.Config.WaiverApprovers);
    }

    private static string Routing(string owner) => $"""
        teams:
          - name: security
            handles: ['@acme/security']
        routing:
          - match: {"{"} category: secret {"}"}
            owners: ["{owner}"]
        """;
}
