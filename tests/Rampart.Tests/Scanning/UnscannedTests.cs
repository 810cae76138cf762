using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Testing;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// What cannot be scanned holds the gate: each reason is a high finding that fails the default gate, unless
/// <c>scan.unscanned</c> gives the reason another severity; and no message shows where the repository lies on
/// this machine.
/// </summary>
public sealed class UnscannedTests
{
    public static TheoryData<UnscannedReason> Reasons => new(Enum.GetValues<UnscannedReason>());

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Each_reason_is_a_high_finding_that_fails_the_default_gate(UnscannedReason reason)
    {
        using var problem = Problem(reason);

        var report = await Scans.Run(problem.Repo, problem.Discovery);

        var finding = Assert.Single(report.Findings, f => UnscannedRules.ReasonOf(f.RuleId) == reason);
        Assert.Equal((Severity.High, FindingStatus.Open), (finding.Severity, finding.Status));
        Assert.StartsWith(problem.Path, finding.Location.Path, StringComparison.Ordinal);
        Assert.False(report.Gate.Passed);
        Assert.Equal(1, report.Coverage.NotScanned);
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task The_severity_configured_for_a_reason_applies_to_its_findings(UnscannedReason reason)
    {
        using var problem = Problem(reason);

        var report = await Scans.Run(problem.Repo, problem.Discovery, $"scan:\n  unscanned:\n    {UnscannedReader.Name(reason)}: low\n");

        Assert.Equal(Severity.Low, Assert.Single(report.Findings, f => UnscannedRules.ReasonOf(f.RuleId) == reason).Severity);
        Assert.True(report.Gate.Passed);
    }

    [Fact]
    public async Task A_severity_set_for_one_reason_leaves_the_others_high()
    {
        using var repo = new RepositoryBuilder()
            .File("image.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
            .File("broken.yaml", "a: [\n")
            .Build();

        var report = await Scans.Run(repo, config: "scan:\n  unscanned:\n    binary: info\n");

        Assert.Equal(Severity.Info, Assert.Single(report.Of("image.yaml", DiscoveryFindings.BinaryFile.Id)).Severity);
        Assert.Equal(Severity.High, Assert.Single(report.Of("broken.yaml", "RMP-LOAD-001")).Severity);
        Assert.False(report.Gate.Passed);
    }

    [Fact]
    public async Task No_finding_message_shows_the_absolute_path_of_the_scan_root()
    {
        using var repo = new RepositoryBuilder()
            .File("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n")
            .File("image.json", [0x00, 0x01, 0x02])
            .File("broken.yaml", "a: [\n")
            .File("big.yaml", new string('#', 5000))
            .File(string.Join('/', Enumerable.Repeat("x", DiscoveryOptions.Default.MaxDepth + 2)) + "/deep.yaml", "a: 1\n")
            .File("named.yaml", "a: 1\n")
            .File("locked.yaml", "a: 1\n")
            .Symlink("loop-a", "loop-b")
            .Symlink("loop-b", "loop-a")
            .Build();
        System.IO.File.CreateSymbolicLink(repo.PathOf("gone.yaml"), repo.PathOf("missing.yaml"));
        var renamed = RawFileNames.Rename(repo.PathOf("named.yaml"), RawFileNames.Invalid(".yaml"));
        var deep = DeepFolders.Create(repo.Root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repo.PathOf("locked.yaml"), UnixFileMode.None);
        }

        try
        {
            var report = await Scans.Run(repo, DiscoveryOptions.Default with { MaxFileBytes = 4000 });

            Assert.Equal(renamed, report.Findings.Any(f => f.RuleId == DiscoveryFindings.InvalidName.Id));
            Assert.Equal(deep, report.Findings.Any(f => f.RuleId == DiscoveryFindings.Unreadable.Id));
            Assert.Contains(report.Findings, f => f.RuleId == DiscoveryFindings.BrokenLink.Id && f.Location.Path == "gone.yaml");
            Assert.Contains(report.Findings, f => f.RuleId == DiscoveryFindings.TooDeep.Id);
            Assert.Contains(report.Findings, f => f.RuleId == DiscoveryFindings.FileTooLarge.Id);
            Assert.All(report.Findings, f => Assert.DoesNotContain(repo.Root, f.Message, StringComparison.Ordinal));
            Assert.All(report.Findings, f => Assert.DoesNotContain(Path.GetTempPath(), f.Message, StringComparison.Ordinal));
        }
        finally
        {
            DeepFolders.Remove(repo.Root);
        }
    }

    /// <summary>A repository whose one problem is <paramref name="reason"/>, and nothing else that fails a gate.</summary>
    private static ProblemRepository Problem(UnscannedReason reason)
    {
        var builder = new RepositoryBuilder().File("ok.yaml", "a: 1\n");
        var discovery = DiscoveryOptions.Default;
        string path;
        switch (reason)
        {
            case UnscannedReason.InvalidFileName:
                builder.File("deploy/named.yaml", "apiVersion: v1\nkind: Pod\n");
                path = "deploy/bad\uFFFD.yaml";
                break;
            case UnscannedReason.TooDeep:
                builder.File("a/b/c/pod.yaml", "apiVersion: v1\nkind: Pod\n");
                discovery = discovery with { MaxDepth = 2 };
                path = "a/b/c";
                break;
            case UnscannedReason.TooLarge:
                builder.File("big.yaml", "apiVersion: v1\nkind: Pod\n" + new string('#', 2000));
                discovery = discovery with { MaxFileBytes = 1000 };
                path = "big.yaml";
                break;
            case UnscannedReason.Unreadable:
                path = DeepFolders.Name;
                break;
            case UnscannedReason.FileLimit:
                builder.File("pod.yaml", "apiVersion: v1\nkind: Pod\n");
                discovery = discovery with { MaxFiles = 1 };
                path = "pod.yaml";
                break;
            case UnscannedReason.Binary:
                builder.File("image.yaml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
                path = "image.yaml";
                break;
            default:
                builder.File("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [broken\n");
                path = "broken.yaml";
                break;
        }

        var repo = builder.Build();
        var ready = reason switch
        {
            UnscannedReason.InvalidFileName => RawFileNames.Rename(repo.PathOf("deploy/named.yaml"), RawFileNames.Invalid(".yaml")),
            UnscannedReason.Unreadable => DeepFolders.Create(repo.Root),
            _ => true,
        };
        if (!ready)
        {
            DeepFolders.Remove(repo.Root);
            repo.Dispose();
            Assert.Skip($"this system cannot make the case of {reason} (a name that is not UTF-8, or a path past PATH_MAX, needs Linux)");
        }

        return new ProblemRepository(repo, discovery, path);
    }

    private sealed record ProblemRepository(TestRepository Repo, DiscoveryOptions Discovery, string Path) : IDisposable
    {
        public void Dispose()
        {
            DeepFolders.Remove(Repo.Root);
            Repo.Dispose();
        }
    }
}
