using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Testing;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Discovery;

/// <summary>
/// Entries the walk cannot open by the name it is given (a name that is not UTF-8, a path past the system's limit)
/// are reported at their place as high findings, never skipped silently and never a crash.
/// </summary>
public sealed class UnopenableEntryTests
{
    [Fact]
    public void A_file_whose_name_is_not_utf8_is_reported_with_the_invalid_bytes_shown()
    {
        using var repo = new RepositoryBuilder().File("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\n").File("ok.yaml", "a: 1\n").Build();
        Assert.SkipUnless(RawFileNames.Rename(repo.PathOf("deploy/pod.yaml"), RawFileNames.Invalid(".yaml")), "the system refuses names that are not UTF-8");

        var items = Walk(repo);

        var problem = Assert.Single(items.OfType<DiscoveryProblem>());
        Assert.Equal(("deploy/bad\uFFFD.yaml", "RMP-DISC-007", Severity.High), (problem.RelativePath, problem.Finding.RuleId, problem.Finding.Severity));
        Assert.StartsWith("not scanned: its name is not valid UTF-8", problem.Finding.Message, StringComparison.Ordinal);
        Assert.Equal(["ok.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
    }

    [Fact]
    public void A_folder_whose_name_is_not_utf8_is_reported_and_not_entered()
    {
        using var repo = new RepositoryBuilder().File("apps/pod.yaml", "apiVersion: v1\nkind: Pod\n").Build();
        Assert.SkipUnless(RawFileNames.Rename(repo.PathOf("apps"), RawFileNames.Invalid("")), "the system refuses names that are not UTF-8");

        var problem = Assert.IsType<DiscoveryProblem>(Assert.Single(Walk(repo)));

        Assert.Equal(("bad\uFFFD", "RMP-DISC-007"), (problem.RelativePath, problem.Finding.RuleId));
        Assert.StartsWith("folder not walked", problem.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ignored_name_that_is_not_utf8_stays_ignored()
    {
        using var repo = new RepositoryBuilder().GitIgnore("bad*").File("pod.yaml", "a: 1\n").Build();
        Assert.SkipUnless(RawFileNames.Rename(repo.PathOf("pod.yaml"), RawFileNames.Invalid(".yaml")), "the system refuses names that are not UTF-8");

        Assert.Equal([".gitignore"], Walk(repo).Select(i => i.RelativePath));
    }

    [Fact]
    public void A_folder_past_the_path_limit_is_unreadable_not_a_crash()
    {
        using var repo = new RepositoryBuilder().File("ok.yaml", "a: 1\n").Build();
        Assert.SkipUnless(DeepFolders.Create(repo.Root), "a path past PATH_MAX needs Linux");
        try
        {
            var items = Walk(repo);

            var problem = Assert.Single(items.OfType<DiscoveryProblem>());
            Assert.Equal(("RMP-DISC-004", Severity.High), (problem.Finding.RuleId, problem.Finding.Severity));
            Assert.StartsWith(DeepFolders.Name + "/", problem.RelativePath, StringComparison.Ordinal);
            Assert.DoesNotContain(repo.Root, problem.Finding.Message, StringComparison.Ordinal);
            Assert.Equal(["ok.yaml"], items.OfType<DiscoveredFile>().Select(f => f.RelativePath));
        }
        finally
        {
            DeepFolders.Remove(repo.Root);
        }
    }

    private static List<DiscoveryItem> Walk(TestRepository repo) =>
        [.. new RepositoryWalker().Walk(repo.Root, TestContext.Current.CancellationToken)];
}
