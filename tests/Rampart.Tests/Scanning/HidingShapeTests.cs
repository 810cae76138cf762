using System.Text;
using Rampart.Findings;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A privileged Pod written in any shape Kubernetes reads is loaded and checked, and fails the default gate with
/// the privileged finding at its line: whether a YAML or JSON file holds objects is decided by parsing it, not by
/// the look of its lines.
/// </summary>
public sealed class HidingShapeTests
{
    private static readonly string Block = Scans.PrivilegedPod();

    /// <summary>A licence header longer than the 64 KB discovery reads to look at a file.</summary>
    private static readonly string LongHeader = string.Concat(Enumerable.Repeat("# a long licence header that goes on and on and on and on and on\n", 1100));

    public static TheoryData<string, string, int> Shapes => new()
    {
        { "flow mapping", "{apiVersion: v1, kind: Pod, metadata: {name: hidden}, spec: {containers: [{name: app, image: 'nginx:1.27',\n  securityContext: {privileged: true}}]}}\n", 2 },
        { "flow mapping after a document marker", "# deployed by hand\n--- {apiVersion: v1, kind: Pod, metadata: {name: hidden},\n  spec: {containers: [{name: app, image: 'nginx:1.27', securityContext: {privileged: true}}]}}\n", 3 },
        { "JSON in a .yaml file", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"hidden\"},\n  \"spec\": {\"containers\": [{\"name\": \"app\", \"image\": \"nginx:1.27\",\n    \"securityContext\": {\"privileged\": true}}]}\n}\n", 6 },
        { "a space before the colon", Block.Replace(":", " :", StringComparison.Ordinal).Replace("nginx :1.27", "nginx:1.27", StringComparison.Ordinal), 10 },
        { "explicit keys", "? apiVersion\n: v1\n? kind\n: Pod\n" + Block[Block.IndexOf("metadata", StringComparison.Ordinal)..], 12 },
        { "tagged keys", "!!str apiVersion: v1\n!!str kind: Pod\n" + Block[Block.IndexOf("metadata", StringComparison.Ordinal)..], 10 },
        { "a document indented as a whole", string.Concat(Block.Split('\n').Select(line => line.Length == 0 ? "\n" : "   " + line + "\n")).TrimEnd('\n') + "\n", 10 },
        { "more than 64 KB of comments first", LongHeader + Block, 1110 },
        { "NEL line breaks", Block.Replace("\n", "\u0085", StringComparison.Ordinal), 10 },
        { "LS line breaks", Block.Replace("\n", "\u2028", StringComparison.Ordinal), 10 },
        { "PS line breaks", Block.Replace("\n", "\u2029", StringComparison.Ordinal), 10 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_privileged_pod_in_any_shape_fails_the_default_gate_at_its_line(string shape, string text, int line)
    {
        using var repo = new RepositoryBuilder().File("deploy/pod.yaml", text).Build();

        var report = await Scans.Run(repo);

        var privileged = Assert.Single(report.Of("deploy/pod.yaml", Scans.PrivilegedRule));
        Assert.True(line == privileged.Location.Line, $"{shape}: the privileged finding is on line {privileged.Location.Line}, not {line}");
        Assert.True(privileged.Severity >= Severity.High && privileged.Status == FindingStatus.Open, shape);
        Assert.False(report.Gate.Passed, shape);
        Assert.Equal(1, report.Coverage.Manifests);
    }

    [Fact]
    public void The_comment_header_is_longer_than_the_look_discovery_takes() =>
        Assert.True(Encoding.UTF8.GetByteCount(LongHeader) > 64 * 1024);

    [Fact]
    public async Task A_privileged_pod_in_a_json_file_with_yaml_1_1_lookalikes_is_checked_without_ambiguity_findings()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy/pod.json", """
                {
                  "apiVersion": "v1",
                  "kind": "Pod",
                  "metadata": {"name": "hidden", "labels": {"on": "yes", "off": "0644"}},
                  "spec": {
                    "containers": [{"name": "app", "image": "nginx:1.27", "securityContext": {"privileged": true, "runAsUser": 0644}}]
                  }
                }
                """)
            .Build();

        var report = await Scans.Run(repo);

        Assert.Equal(6, Assert.Single(report.Of("deploy/pod.json", Scans.PrivilegedRule)).Location.Line);
        Assert.Empty(report.Of("deploy/pod.json", "RMP-LOAD-003"));
    }
}
