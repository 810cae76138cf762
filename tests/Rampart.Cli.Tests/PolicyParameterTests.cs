using System.Text.Json;

namespace Rampart.Cli.Tests;

/// <summary>Parameters of built-in policies set in rampart.yaml (<c>params</c>), as a scan applies them.</summary>
public sealed class PolicyParameterTests
{
    private const string AgentPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: agent
          namespace: monitoring
        spec:
          containers:
            - name: agent
              image: registry.example.com/agent:1.0.0
              ports:
                - containerPort: 8080
                  hostPort: 8080
                - containerPort: 9100
                  hostPort: 9100
        """;

    [Fact]
    public void A_port_range_set_in_rampart_yaml_allows_the_ports_in_it_and_only_those()
    {
        using var work = new TempFolder()
            .Write("pod.yaml", AgentPod)
            .Write("rampart.yaml", "params:\n  RMP-K8S-007:\n    allowedHostPorts:\n      - {min: 9000, max: 9199}\n");

        var run = CliRun.Of("scan", work.Root, "--format", "json", "--fail-on", "none");

        Assert.Equal(0, run.ExitCode);
        var lines = HostPortLines(run.Out);
        Assert.Equal([12], lines);
    }

    [Fact]
    public void Without_parameters_the_policy_reports_every_host_port()
    {
        using var work = new TempFolder().Write("pod.yaml", AgentPod);

        var run = CliRun.Of("scan", work.Root, "--format", "json", "--fail-on", "none");

        Assert.Equal([12, 14], HostPortLines(run.Out));
    }

    [Theory]
    [InlineData("params:\n  RMP-K8S-007:\n    allowedHostPort: []\n", 3, "unknown parameter 'allowedHostPort'")]
    [InlineData("params:\n  RMP-K8S-007:\n    allowedHostPorts: 9100\n", 3, "must be a list, not an integer")]
    [InlineData("params:\n  RMP-K8S-999:\n    allowedHostPorts: []\n", 2, "no policy has the id RMP-K8S-999")]
    [InlineData("params:\n  RMP-K8S-004:\n    allowed: true\n", 2, "policy RMP-K8S-004 takes no parameters")]
    public void A_parameter_that_would_be_ignored_is_a_configuration_error_at_its_line(string config, int line, string message)
    {
        using var work = new TempFolder().Write("pod.yaml", AgentPod).Write("rampart.yaml", config);

        var run = CliRun.Of("scan", work.Root, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"rampart.yaml:{line}:", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_parameter_kind_and_the_parameter_object()
    {
        var run = CliRun.Of("policy", "export", "RMP-K8S-007");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  paramKind:\n    apiVersion: \"rampart.dev/v1alpha1\"\n    kind: \"PolicyParameters\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("---\napiVersion: rampart.dev/v1alpha1\nkind: PolicyParameters\nmetadata:\n  name: \"rampart-host-port\"\nspec:\n  \"allowedHostPorts\": []\n", run.Out, StringComparison.Ordinal);
    }

    private static List<int> HostPortLines(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "RMP-K8S-007")
            .Select(f => f.GetProperty("line").GetInt32())
            .Order()];
}
