using Rampart.Testing;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Rampart.Discovery;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Discovery;

public sealed class RepositoryWalkerTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";

    [Fact]
    public void Files_come_with_relative_forward_slash_paths_in_ordinal_order_files_before_folders()
    {
        using var repo = new RepositoryBuilder()
            .File("b.yaml", Pod)
            .File("a/z.yaml", Pod)
            .File("a/b/c.yaml", Pod)
            .File("B.yaml", Pod)
            .File("a/y.yaml", Pod)
            .Build();

        var files = Files(repo);

        Assert.Equal(["B.yaml", "b.yaml", "a/y.yaml", "a/z.yaml", "a/b/c.yaml"], files.Select(f => f.RelativePath));
        Assert.Equal(repo.PathOf("a/b/c.yaml"), files[^1].FullPath);
        Assert.Equal(Pod.Length, files[^1].Size);
    }

    [Fact]
    public void The_git_folder_is_never_walked()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("app.yaml", Pod)
            .Commit("first")
            .File("sub/.git", "gitdir: ../elsewhere\n")
            .Build();

        var paths = Files(repo).Select(f => f.RelativePath).ToList();

        Assert.Equal(["app.yaml"], paths);
    }

    [Fact]
    public void Ignored_files_and_folders_are_not_yielded()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("build/", "*.log", "!keep.log")
            .RampartIgnore("fixtures/")
            .File("app.yaml", Pod)
            .File("build/out.yaml", Pod)
            .File("x.log", "")
            .File("keep.log", "")
            .File("fixtures/bad.yaml", "a: [")
            .Build();

        var paths = Files(repo).Select(f => f.RelativePath).ToList();

        Assert.Equal([".gitignore", ".rampartignore", "app.yaml", "keep.log"], paths);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_root_is_skipped_and_the_file_is_read_once_at_its_own_path()
    {
        using var repo = new RepositoryBuilder()
            .File("base/app.yaml", Pod)
            .Symlink("overlay/app.yaml", "../base/app.yaml")
            .Symlink("all", "base")
            .Build();

        var items = new RepositoryWalker().Walk(repo.Root, Token).ToList();

        var file = Assert.Single(items);
        Assert.Equal("base/app.yaml", file.RelativePath);
    }

    [Fact]
    public void A_link_to_a_parent_folder_does_not_loop()
    {
        using var repo = new RepositoryBuilder()
            .File("a/app.yaml", Pod)
            .Symlink("a/up", "..")
            .Symlink("a/self", ".")
            .Build();

        var items = new RepositoryWalker().Walk(repo.Root, Token).ToList();

        Assert.Equal(["a/app.yaml"], items.Select(i => i.RelativePath));
    }

    [Fact]
    public void A_link_out_of_the_root_is_not_followed_and_is_reported()
    {
        using var outside = new RepositoryBuilder().File("secret.yaml", Pod).Build();
        using var repo = new RepositoryBuilder()
            .Symlink("escape.yaml", outside.PathOf("secret.yaml"))
            .Symlink("escape-dir", outside.Root)
            .Symlink("relative", "../" + Path.GetFileName(outside.Root))
            .Build();

        var problems = new RepositoryWalker().Walk(repo.Root, Token).Cast<DiscoveryProblem>().ToList();

        Assert.Equal(["escape-dir", "escape.yaml", "relative"], problems.Select(p => p.RelativePath));
        Assert.All(problems, p => Assert.Equal("RMP-DISC-003", p.Finding.RuleId));
        Assert.All(problems, p => Assert.Equal(Rampart.Findings.Severity.Info, p.Finding.Severity));
    }

    [Fact]
    public void Broken_and_looping_links_are_skipped_with_an_info_finding()
    {
        using var repo = new RepositoryBuilder()
            .Symlink("gone.yaml", "missing.yaml")
            .Symlink("loop-a", "loop-b")
            .Symlink("loop-b", "loop-a")
            .File("ok.yaml", Pod)
            .Build();

        var items = new RepositoryWalker().Walk(repo.Root, Token).ToList();

        var problems = items.OfType<DiscoveryProblem>().ToList();
        Assert.Equal(["gone.yaml", "loop-a", "loop-b"], problems.Select(p => p.RelativePath));
        Assert.All(problems, p => Assert.Equal("RMP-DISC-002", p.Finding.RuleId));
        Assert.Contains("missing.yaml", problems[0].Finding.Message, StringComparison.Ordinal);
        Assert.Equal(["ok.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
    }

    [Fact]
    public void A_file_over_the_size_limit_becomes_a_high_finding_saying_by_how_much()
    {
        using var repo = new RepositoryBuilder()
            .File("big.yaml", new string('#', 1500))
            .File("small.yaml", Pod)
            .Build();

        var items = new RepositoryWalker(new DiscoveryOptions { MaxFileBytes = 1000 }).Walk(repo.Root, Token).ToList();

        var problem = Assert.IsType<DiscoveryProblem>(items[0]);
        Assert.Equal(("RMP-DISC-001", Rampart.Findings.Severity.High), (problem.Finding.RuleId, problem.Finding.Severity));
        Assert.StartsWith("not scanned: 500 bytes over limit", problem.Finding.Message, StringComparison.Ordinal);
        Assert.Equal("big.yaml", problem.Finding.Location.Path);
        Assert.Equal("small.yaml", Assert.IsType<DiscoveredFile>(items[1]).RelativePath);
    }

    [Fact]
    public void The_walk_stops_at_the_file_limit_with_a_finding()
    {
        using var repo = new RepositoryBuilder()
            .File("1.yaml", Pod).File("2.yaml", Pod).File("3.yaml", Pod).File("4.yaml", Pod)
            .Build();

        var items = new RepositoryWalker(new DiscoveryOptions { MaxFiles = 2 }).Walk(repo.Root, Token).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(["1.yaml", "2.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
        Assert.Equal("RMP-DISC-005", Assert.IsType<DiscoveryProblem>(items[2]).Finding.RuleId);
    }

    [Fact]
    public void Folders_deeper_than_the_limit_are_reported_and_not_entered()
    {
        using var repo = new RepositoryBuilder()
            .File("a/one.yaml", Pod)
            .File("a/b/c/deep.yaml", Pod)
            .Build();

        var items = new RepositoryWalker(new DiscoveryOptions { MaxDepth = 2 }).Walk(repo.Root, Token).ToList();

        Assert.Equal(["a/one.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
        var problem = Assert.Single(items.OfType<DiscoveryProblem>());
        Assert.Equal(("a/b/c", "RMP-DISC-006"), (problem.RelativePath, problem.Finding.RuleId));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_files_and_folders_become_findings()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows() || Environment.UserName == "root", "permissions do not restrict root (or Windows)");
        using var repo = new RepositoryBuilder()
            .File("locked/a.yaml", Pod)
            .File("secret.yaml", Pod)
            .File("ok.yaml", Pod)
            .Build();
        File.SetUnixFileMode(repo.PathOf("secret.yaml"), UnixFileMode.None);
        File.SetUnixFileMode(repo.PathOf("locked"), UnixFileMode.None);
        try
        {
            var items = new RepositoryWalker().Walk(repo.Root, Token).ToList();

            Assert.Equal(["ok.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
            var problems = items.OfType<DiscoveryProblem>().OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
            Assert.Equal(["locked", "secret.yaml"], problems.Select(p => p.RelativePath));
            Assert.All(problems, p => Assert.Equal("RMP-DISC-004", p.Finding.RuleId));
        }
        finally
        {
            File.SetUnixFileMode(repo.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_named_pipe_is_not_opened()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mkfifo is tested on Linux");
        using var repo = new RepositoryBuilder().File("ok.yaml", Pod).Build();
        Assert.Equal(0, MakeFifo(repo.PathOf("pipe.yaml"), Convert.ToUInt32("644", 8)));

        var files = Files(repo);

        Assert.Equal(["ok.yaml", "pipe.yaml"], files.Select(f => f.RelativePath));
        Assert.Equal(0, files[1].Size);
    }

    [Fact]
    public void The_walk_is_lazy_so_loading_can_start_before_it_ends()
    {
        using var repo = new RepositoryBuilder()
            .File("a/first.yaml", Pod)
            .Folder("b")
            .Build();

        using var walk = new RepositoryWalker().Walk(repo.Root, Token).GetEnumerator();
        Assert.True(walk.MoveNext());
        Assert.Equal("a/first.yaml", walk.Current.RelativePath);
        File.WriteAllText(repo.PathOf("b/later.yaml"), Pod);
        Assert.True(walk.MoveNext());

        Assert.Equal("b/later.yaml", walk.Current.RelativePath);
    }

    [Fact]
    public void A_single_file_can_be_walked()
    {
        using var repo = new RepositoryBuilder().File("deploy/app.yaml", Pod).Build();

        var item = Assert.Single(new RepositoryWalker().Walk(repo.PathOf("deploy/app.yaml"), Token));

        var file = Assert.IsType<DiscoveredFile>(item);
        Assert.Equal(("app.yaml", FileKind.KubernetesManifest), (file.RelativePath, file.Kind));
    }

    [Fact]
    public void Files_of_a_folder_read_at_once_come_out_in_name_order_each_classified_as_if_walked_alone()
    {
        var builder = new RepositoryBuilder();
        var contents = new[] { Pod, "just text\n", "\0\0binary", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\"}", "key: value\n" };
        var names = new[] { "f{0:D3}.yaml", "f{0:D3}.txt", "f{0:D3}.bin", "f{0:D3}.json", "f{0:D3}" };
        for (var i = 0; i < 100; i++)
        {
            builder.File(string.Format(System.Globalization.CultureInfo.InvariantCulture, names[i % 5], i), contents[(i * 7) % 5]);
        }

        using var repo = builder.Build();

        var walked = Files(repo);
        var alone = walked.Select(f => Assert.IsType<DiscoveredFile>(Assert.Single(new RepositoryWalker().Walk(f.FullPath, Token)))).ToList();

        Assert.Equal(100, walked.Count);
        Assert.Equal(walked.Select(f => f.RelativePath).Order(StringComparer.Ordinal), walked.Select(f => f.RelativePath));
        Assert.Equal(alone.Select(f => (f.Kind, f.Format, f.Size)), walked.Select(f => (f.Kind, f.Format, f.Size)));
        Assert.Contains(walked, f => f.Kind == FileKind.Binary);
        Assert.Contains(walked, f => f.Kind == FileKind.KubernetesManifest);
    }

    [Theory]
    [InlineData("/nonexistent/rampart/path")]
    [InlineData("bad\0path")]
    public void A_missing_or_invalid_root_is_a_finding_not_an_exception(string root)
    {
        var item = Assert.Single(new RepositoryWalker().Walk(root, Token));

        Assert.Equal("RMP-DISC-004", Assert.IsType<DiscoveryProblem>(item).Finding.RuleId);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static List<DiscoveredFile> Files(TestRepository repo, DiscoveryOptions? options = null) =>
        [.. new RepositoryWalker(options ?? DiscoveryOptions.Default).Walk(repo.Root, Token).Select(i => Assert.IsType<DiscoveredFile>(i))];

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int MakeFifo(string path, uint mode);
}
