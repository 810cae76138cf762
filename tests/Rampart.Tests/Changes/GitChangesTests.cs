using Rampart.Changes;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Changes;

public sealed class GitChangesTests
{
    [Fact]
    public void Changed_deleted_and_untracked_files_are_listed_against_the_base()
    {
        Assert.SkipUnless(GitRepository.Available, "git is not installed");
        using var repo = new GitRepository();
        repo.Write("a.yaml", "a: 1\n").Write("b.yaml", "b: 1\n").Write("c.yaml", "c: 1\n");
        repo.Commit("base");
        repo.Git("tag", "base");
        repo.Write("a.yaml", "a: 2\n").Delete("b.yaml");
        repo.Commit("change a, delete b");
        repo.Write("new/d.yaml", "d: 1\n");

        var (changes, error) = GitChanges.Between(repo.Root, "base");

        Assert.Null(error);
        Assert.Equal(["a.yaml", "new/d.yaml"], changes!.Changed.Order());
        Assert.Equal(["b.yaml"], changes.Deleted);
        Assert.False(changes.Contains("c.yaml"));
    }

    [Fact]
    public void An_unknown_revision_is_an_error_naming_it()
    {
        Assert.SkipUnless(GitRepository.Available, "git is not installed");
        using var repo = new GitRepository();
        repo.Write("a.yaml", "a: 1\n").Commit("base");

        var (changes, error) = GitChanges.Between(repo.Root, "no-such-branch");

        Assert.Null(changes);
        Assert.Contains("'no-such-branch' is not a commit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_outside_git_is_an_error()
    {
        Assert.SkipUnless(GitRepository.Available, "git is not installed");
        var folder = Directory.CreateTempSubdirectory("rampart-nogit-").FullName;
        try
        {
            var (_, error) = GitChanges.Between(folder, "HEAD");

            Assert.Contains("not inside a git repository", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_base_revision_is_exported_from_a_subfolder_with_relative_paths()
    {
        Assert.SkipUnless(GitRepository.Available, "git is not installed");
        using var repo = new GitRepository();
        repo.Write("deploy/apps/a.yaml", "a: 1\n").Write("src/main.go", "package main\n");
        var commit = repo.Commit("base");
        repo.Write("deploy/apps/a.yaml", "a: 2\n").Commit("later");
        var target = Directory.CreateTempSubdirectory("rampart-export-").FullName;
        try
        {
            var error = GitChanges.Export(Path.Combine(repo.Root, "deploy"), commit, target);

            Assert.Null(error);
            Assert.Equal("a: 1\n", File.ReadAllText(Path.Combine(target, "apps", "a.yaml")));
            Assert.False(Directory.Exists(Path.Combine(target, "src")));
        }
        finally
        {
            Directory.Delete(target, true);
        }
    }
}
