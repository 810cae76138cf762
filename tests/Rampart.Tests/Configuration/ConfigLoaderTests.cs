using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string Complete = """
        version: 1
        gate:
          failOn: high
          categories:
            secret: medium
        teams:
          - name: platform
            handles: ["@acme/platform"]
            members: ["@pat"]
            contact: "#platform"
            responsibility: platform
            gate:
              failOn: critical
          - name: security
            handles: "@acme/security"
            members: ["@sam"]
        routing:
          - match: { category: secret }
            owners: [security]
            responsibility: security
          - match: { kind: "Cluster*", clusterScoped: true }
            owners: [platform]
        waivers:
          - rule: RMP-K8S-003
            path: clusters/**
            reason: node exporter needs the host network
            approver: "@pat"
            expires: 2027-01-31
        waiverApprovers: [security]
        """;

    [Fact]
    public void A_complete_file_reads_into_teams_routing_waivers_and_gates()
    {
        var result = ConfigLoader.Parse(Complete, "rampart.yaml");

        Assert.Empty(result.Errors);
        var config = result.Config;
        Assert.Equal(Severity.High, config.Gate.FailOn);
        Assert.Equal(Severity.Medium, config.Gate.ThresholdFor(Category.Secret));
        Assert.Equal(["platform", "security"], config.Teams.Select(t => t.Name));
        Assert.Equal(Severity.Critical, config.Teams[0].Gate.FailOn);
        Assert.Equal(["@acme/security"], config.Teams[1].Handles);
        Assert.Equal(2, config.Routing.Count);
        Assert.Equal(Category.Secret, config.Routing[0].Category);
        Assert.Equal(Responsibility.Security, config.Routing[0].SetResponsibility);
        Assert.Equal(new ConfigSource("rampart.yaml", 18), config.Routing[0].Source);
        var waiver = Assert.Single(config.Waivers);
        Assert.Equal(new DateOnly(2027, 1, 31), waiver.Expires);
        Assert.Equal(24, waiver.Source.Line);
    }

    [Fact]
    public void A_misspelt_key_is_an_error_with_its_line()
    {
        var result = ConfigLoader.Parse("teams:\n  - name: a\n    handels: ['@x']\n", "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown key 'handels'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waivers:\n  - rule: X\n    approver: '@a'\n    expires: 2027-01-01\n", 2, "waiver reason is required")]
    [InlineData("waivers:\n  - rule: X\n    reason: r\n    approver: '@a'\n", 2, "waiver expires is required")]
    [InlineData("waivers:\n  - rule: X\n    reason: r\n    approver: '@a'\n    expires: next year\n", 5, "is not a date")]
    [InlineData("waivers:\n  - reason: r\n    approver: '@a'\n    expires: 2027-01-01\n", 2, "at least one selector")]
    [InlineData("waivers:\n  - resource: {}\n    reason: r\n    approver: '@a'\n    expires: 2027-01-01\n", 2, "needs a kind, a namespace or a name")]
    [InlineData("waivers:\n  - path: \"\"\n    reason: r\n    approver: '@a'\n    expires: 2027-01-01\n", 2, "waiver path is empty")]
    [InlineData("waivers:\n  - rule: X\n    resource: { name: ' ' }\n    reason: r\n    approver: '@a'\n    expires: 2027-01-01\n", 3, "waiver resource name is empty")]
    [InlineData("gate:\n  failOn: severe\n", 2, "'severe' is not one of")]
    [InlineData("gate:\n  failOn: info,low\n", 2, "'info,low' is not one of")]
    [InlineData("gate:\n  failOn: 3\n", 2, "'3' is not one of")]
    [InlineData("gate:\n  failOn: low, critical\n", 2, "'low, critical' is not one of")]
    [InlineData("teams:\n  - name: t\n    responsibility: security,platform\n", 3, "is not one of")]
    [InlineData("teams: [1, 2\n", 1, "did not find expected")]
    public void Malformed_entries_name_the_line(string text, int line, string message)
    {
        var result = ConfigLoader.Parse(text, "rampart.yaml");

        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal("rampart.yaml", e.Path));
    }

    [Fact]
    public void Failon_none_switches_the_gate_off()
    {
        var result = ConfigLoader.Parse("gate:\n  failOn: none\n", "rampart.yaml");

        Assert.Empty(result.Errors);
        Assert.Null(result.Config.Gate.FailOn);
        Assert.True(result.Config.Gate.FailOnGiven);
        Assert.Null(result.Config.Gate.Over(GateThresholds.Default).FailOn);
    }

    [Fact]
    public void Waivers_file_adds_to_the_waivers_of_rampart_yaml()
    {
        var root = Directory.CreateTempSubdirectory("rampart-config-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "rampart.yaml"), Complete);
            Directory.CreateDirectory(Path.Combine(root, ".rampart"));
            File.WriteAllText(Path.Combine(root, ".rampart", "waivers.yaml"),
                "waivers:\n  - fingerprint: abc\n    reason: r\n    approver: '@sam'\n    expires: 2027-05-01\n");

            var result = ConfigLoader.LoadForRepository(root);

            Assert.Empty(result.Errors);
            Assert.Equal(2, result.Config.Waivers.Count);
            Assert.Equal(new ConfigSource(".rampart/waivers.yaml", 2), result.Config.Waivers[1].Source);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
