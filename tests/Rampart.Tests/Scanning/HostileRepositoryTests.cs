using Rampart.Artifacts;
using Rampart.Testing;
using System.Text;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// A repository full of hostile files around one ordinary manifest: the scan finishes, reports each hostile
/// file where it is, and loses nothing of the ordinary one.
/// </summary>
public sealed class HostileRepositoryTests
{
    private static readonly string Ordinary = Scans.PrivilegedPod("ordinary");

    private static string AliasBomb()
    {
        var text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 12; i++)
        {
            text.Append($"a{i}: &a{i} [");
            text.AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 9));
            text.Append("]\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Hostile_files_become_findings_and_the_rest_of_the_scan_is_kept()
    {
        using var repo = new RepositoryBuilder()
            .File("apps/ordinary.yaml", Ordinary)
            .File("hostile/alias-bomb.yaml", AliasBomb())
            .File("hostile/deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: " + new string('[', 50_000) + "\n")
            .File("hostile/not-utf8.yaml", [.. "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: \""u8, 0xC3, 0x28, .. "\"}\n"u8])
            .File("hostile/huge.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: huge}\ndata:\n" + string.Concat(Enumerable.Repeat("  k: \"0123456789012345678901234567890123456789\"\n", 5000)))
            .File("hostile/broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [broken\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: after-broken}\nspec: {containers: [{name: c, image: x, securityContext: {privileged: true}}]}\n")
            .Symlink("hostile/loop", ".")
            .Symlink("hostile/outside", "/etc")
            .Build();
        var options = new ScanOptions
        {
            Artifact = new DirectoryArtifact(repo.Root),
            Discovery = DiscoveryOptions.Default with { MaxFileBytes = 100_000 },
        };

        var report = (await Scanner.RunAsync(options, TestContext.Current.CancellationToken)).Report!;

        var byPath = report.Findings.ToLookup(f => f.Location.Path);
        Assert.Contains(byPath["apps/ordinary.yaml"], f => f.RuleId == "RMP-K8S-004" && f.Location.Line == 10);
        Assert.Contains(byPath["hostile/broken.yaml"], f => f.RuleId == "RMP-K8S-004" && f.Resource?.Name == "after-broken");
        Assert.Contains(byPath["hostile/broken.yaml"], f => f.RuleId == "RMP-LOAD-001" && f.Location.Line == 4);
        Assert.Contains(byPath["hostile/alias-bomb.yaml"], f => f.RuleId == "RMP-LOAD-005" && f.Location.Line > 0);
        Assert.Contains(byPath["hostile/deep.yaml"], f => f.RuleId == "RMP-LOAD-004" && f.Location.Line == 4);
        Assert.Contains(byPath["hostile/not-utf8.yaml"], f => f.RuleId == "RMP-LOAD-006" && f.Location.Line == 4);
        Assert.Contains(byPath["hostile/huge.yaml"], f => f.RuleId == "RMP-DISC-001");
        Assert.Contains(byPath["hostile/outside"], f => f.RuleId == "RMP-DISC-003");
        Assert.DoesNotContain(report.Findings, f => f.RuleId == ScanRules.AnalyzerFailed.Id);
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrEmpty(f.Fingerprint)));
    }

    [Fact]
    public async Task A_binary_file_named_like_a_manifest_is_reported_not_skipped_silently()
    {
        using var repo = new RepositoryBuilder()
            .File("apps/ordinary.yaml", Ordinary)
            .File("apps/image.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02])
            .Build();

        var report = (await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root), TestContext.Current.CancellationToken)).Report!;

        Assert.Contains(report.Findings, f => f.Location.Path == "apps/image.yaml" && f.RuleId == "RMP-DISC-008" && f.Severity == Severity.High);
        Assert.Contains(report.Findings, f => f.Location.Path == "apps/ordinary.yaml" && f.RuleId == "RMP-K8S-004");
    }
}
