using System.Text.Json;

namespace Rampart.Cli.Tests;

public sealed class StdinScanTests
{
    // As `helm template` writes it: a document marker and a source comment before the object.
    private const string PrivilegedPod = """
        ---
        # Source: web/templates/pod.yaml
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:1.27
              securityContext:
                privileged: true
        """;

    private static List<JsonElement> Findings(CliRun run) =>
        JsonDocument.Parse(run.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    [Theory]
    [InlineData("-")]
    [InlineData("--stdin")]
    public void A_privileged_pod_piped_in_fails_the_gate_with_the_finding_at_its_stdin_line(string source)
    {
        var run = CliRun.Piping(PipeStream.Of(PrivilegedPod), "scan", source, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var privileged = Assert.Single(Findings(run), f => f.GetProperty("ruleId").GetString() == "RMP-K8S-004");
        Assert.Equal("<stdin>", privileged.GetProperty("path").GetString());
        Assert.Equal(12, privileged.GetProperty("line").GetInt32());
    }

    [Fact]
    public void The_table_locates_stdin_findings_by_the_name_stdin()
    {
        var run = CliRun.Piping(PipeStream.Of(PrivilegedPod), "scan", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"<stdin>\s+\d+ findings", run.Out);
        Assert.Contains("12:9", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_object_piped_in_is_read_as_json()
    {
        const string json = """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "web", "image": "nginx", "securityContext": {"privileged": true}}]}}""";

        var run = CliRun.Piping(PipeStream.Of(json), "scan", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Findings(run), f => f.GetProperty("ruleId").GetString() == "RMP-K8S-004" && f.GetProperty("path").GetString() == "<stdin>");
    }

    [Fact]
    public void Empty_stdin_is_a_clean_scan_of_no_file()
    {
        var run = CliRun.Piping(PipeStream.Of(""), "scan", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Scanned 0 files and 0 resources", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_stdin_is_an_unscanned_finding_that_holds_the_gate()
    {
        byte[] binary = [0x7f, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1, 2, 0xff, 0xfe, 0];

        var run = CliRun.Piping(PipeStream.Of(binary), "scan", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var unscanned = Assert.Single(Findings(run));
        Assert.Equal("RMP-DISC-008", unscanned.GetProperty("ruleId").GetString());
        Assert.Equal("<stdin>", unscanned.GetProperty("path").GetString());
    }

    [Fact]
    public void Stdin_over_the_file_size_limit_is_a_usage_error_read_no_further_than_one_byte_past_it()
    {
        var endless = PipeStream.Endless();

        var run = CliRun.Piping(endless, "scan", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input is larger than the limit of 67,108,864 bytes", run.Error, StringComparison.Ordinal);
        Assert.Equal(64L * 1024 * 1024 + 1, endless.BytesRead);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("scan", "-", "deploy")]
    [InlineData("scan", "--stdin", "deploy")]
    public void Stdin_together_with_a_path_is_a_usage_error_before_anything_is_read(params string[] args)
    {
        var input = PipeStream.Of(PrivilegedPod);

        var run = CliRun.Piping(input, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(0, input.BytesRead);
    }

    [Fact]
    public void A_configuration_named_with_config_applies_to_stdin()
    {
        using var folder = new TempFolder().Write("gate.yaml", "gate:\n  failOn: critical\n");

        var run = CliRun.Piping(PipeStream.Of(PrivilegedPod), "scan", "-", "--config", folder["gate.yaml"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Diff_of_stdin_is_a_usage_error()
    {
        var run = CliRun.Piping(PipeStream.Of(PrivilegedPod), "scan", "-", "--diff", "HEAD");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<stdin> is not one", run.Error, StringComparison.Ordinal);
    }
}
