using System.Text;
using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing;
using Rampart.Tests.Secrets;

namespace Rampart.Tests.Scanning;

/// <summary>A scan whose analyzers read no Kubernetes objects (<c>--scanners secret</c>) parses no manifest.</summary>
public sealed class ObjectFreeScanTests
{
    private static readonly Dictionary<string, byte[]> Files = new()
    {
        ["deploy/app.yaml"] = Encoding.UTF8.GetBytes($"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: app:1
                      env:
                        - name: TOKEN
                          value: {SecretScans.GitHubToken}
            ---
            kind: [unclosed
            """),
        ["deploy/namespace.yaml"] = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: app\n"u8.ToArray(),
        ["deploy/kustomization.yaml"] = "resources:\n  - app.yaml\n  - namespace.yaml\n"u8.ToArray(),
        ["src/settings.py"] = Encoding.UTF8.GetBytes($"TOKEN = \"{SecretScans.OtherGitHubToken}\"\n"),
    };

    private static async Task<(ScanReport Report, CountingArtifact Artifact)> Scan(params string[] scanners)
    {
        var artifact = new CountingArtifact(new MemoryArtifact("repo", Files));
        var options = new ScanOptions { Artifact = artifact, Scanners = scanners.ToHashSet(StringComparer.Ordinal) };
        var outcome = await Scanner.RunAsync(options, TestContext.Current.CancellationToken);
        Assert.Empty(outcome.SetupErrors);
        return (outcome.Report!, artifact);
    }

    [Fact]
    public async Task A_secret_only_scan_parses_no_object_and_renders_nothing()
    {
        var (report, _) = await Scan("secret");

        Assert.Equal(0, report.ResourcesScanned);
        Assert.Equal(0, report.Coverage.Manifests);
        Assert.Equal(0, report.Coverage.EntryPoints);
        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("RMP-LOAD", StringComparison.Ordinal));
        Assert.Equal(["deploy/app.yaml", "src/settings.py"], report.Secrets().Select(f => f.Location.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_secret_only_scan_opens_each_file_once()
    {
        var (_, artifact) = await Scan("secret");

        Assert.Equal(Files.Keys.Order(StringComparer.Ordinal), artifact.Opens.Keys.Order(StringComparer.Ordinal));
        Assert.All(artifact.Opens, pair => Assert.Equal(1, pair.Value));
    }

    [Fact]
    public async Task With_an_object_analyzer_beside_it_the_manifests_are_parsed_and_rendered()
    {
        var (report, _) = await Scan("secret", "cross-object");

        Assert.True(report.ResourcesScanned > 0);
        Assert.Equal(1, report.Coverage.EntryPoints);
        Assert.Contains(report.Findings, f => f.RuleId.StartsWith("RMP-LOAD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_secret_only_scan_of_a_folder_reports_binary_files_named_as_yaml_and_counts_every_file()
    {
        // The walk of such a scan reads no heads: each file's first read classifies it.
        using var repo = new RepositoryBuilder()
            .File("data.yaml", [.. "apiVersion: v1\n"u8, 0, 0, .. "kind: Pod\n"u8])
            .File("image.png", [0x89, .. "PNG\r\n"u8, 0x1A, 0, 0, 0])
            .File("src/settings.py", $"TOKEN = \"{SecretScans.GitHubToken}\"\n")
            .File("deploy", $"apiVersion: v1\nkind: Secret\nstringData:\n  token: {SecretScans.OtherGitHubToken}\n")
            .Build();

        var report = await SecretScans.Run(repo, scanners: new HashSet<string>(StringComparer.Ordinal) { "secret" });

        var binary = Assert.Single(report.Findings, f => f.RuleId == DiscoveryFindings.BinaryFile.Id);
        Assert.Equal("data.yaml", binary.Location.Path);
        Assert.Equal(4, report.FilesScanned);
        Assert.Equal(1, report.Coverage.NotScanned);
        Assert.Equal(["deploy", "src/settings.py"], report.Secrets().Select(f => f.Location.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_secret_only_scan_reads_templates_as_text_and_does_not_call_them_unchecked()
    {
        using var repo = new RepositoryBuilder()
            .File("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n")
            .File("chart/templates/secret.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ .Release.Name }}}}\ndata:\n  token: {SecretScans.GitHubToken}\n")
            .Build();

        var secretOnly = await SecretScans.Run(repo, scanners: new HashSet<string>(StringComparer.Ordinal) { "secret" });
        var withObjects = await SecretScans.Run(repo, scanners: new HashSet<string>(StringComparer.Ordinal) { "secret", "cross-object" });

        Assert.Contains(secretOnly.Secrets(), f => f.Location.Path == "chart/templates/secret.yaml");
        Assert.DoesNotContain(secretOnly.Findings, f => f.RuleId == DiscoveryFindings.NotRenderedRule.Id);
        Assert.Equal(0, secretOnly.Coverage.NotRendered);
        Assert.Equal(1, withObjects.Coverage.EntryPoints);
    }
}
