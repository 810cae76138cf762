using Rampart.Testing;
using Rampart.Changes;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Changes;

public sealed class GitChangesTests
{
    [Fact]
    public void Changed_deleted_and_untracked_files_are_listed_against_the_base()
    {
        using var repo = new RepositoryBuilder()
            .File("a.yaml", "a: 1\n").File("b.yaml", "b: 1\n").File("c.yaml", "c: 1\n")
            .GitInit().Commit("base").Git("tag", "base")
            .File("a.yaml", "a: 2\n").Delete("b.yaml").Commit("change a, delete b")
            .File("new/d.yaml", "d: 1\n")
            .Build();

        var (changes, error) = GitChanges.Between(repo.Root, "base");

        Assert.Null(error);
        Assert.Equal(["a.yaml", "new/d.yaml"], changes!.Changed.Order());
        Assert.Equal(["b.yaml"], changes.Deleted);
        Assert.False(changes.Contains("c.yaml"));
    }

    [Fact]
    public void An_unknown_revision_is_an_error_naming_it()
    {
        using var repo = new RepositoryBuilder().File("a.yaml", "a: 1\n").GitInit().Commit("base").Build();

        var (changes, error) = GitChanges.Between(repo.Root, "no-such-branch");

        Assert.Null(changes);
        Assert.Contains("'no-such-branch' is not a commit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_outside_git_is_an_error()
    {
        TestRepository.RequireGit();
        using var folder = new RepositoryBuilder().File("a.yaml", "a: 1\n").Build();

        var (_, error) = GitChanges.Between(folder.Root, "HEAD");

        Assert.Contains("not inside a git repository", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_revision_is_exported_from_a_subfolder_with_relative_paths()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy/apps/a.yaml", "a: 1\n").File("src/main.go", "package main\n")
            .GitInit().Commit("base")
            .File("deploy/apps/a.yaml", "a: 2\n").Commit("later")
            .Build();
        using var target = new RepositoryBuilder().Build();

        var error = GitChanges.Export(repo.PathOf("deploy"), repo.Commits[0], target.Root);

        Assert.Null(error);
        Assert.Equal("a: 1\n", File.ReadAllText(target.PathOf("apps/a.yaml")));
        Assert.False(Directory.Exists(target.PathOf("src")));
    }
}
