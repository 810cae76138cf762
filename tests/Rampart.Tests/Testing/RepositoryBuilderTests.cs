using Rampart.Testing;
namespace Rampart.Tests.Testing;

public sealed class RepositoryBuilderTests
{
    [Fact]
    public void Steps_run_in_order_and_write_text_bytes_folders_and_links()
    {
        using var repo = new RepositoryBuilder()
            .File("a/text.yaml", "first\n")
            .File("a/data.bin", [0, 1, 2])
            .Folder("empty")
            .Symlink("link", "a/text.yaml")
            .File("a/text.yaml", "second\n")
            .File("gone.txt", "x")
            .Delete("gone.txt")
            .Build();

        Assert.Equal("second\n", File.ReadAllText(repo.PathOf("a/text.yaml")));
        Assert.Equal([0, 1, 2], File.ReadAllBytes(repo.PathOf("a/data.bin")));
        Assert.True(Directory.Exists(repo.PathOf("empty")));
        Assert.Equal("a/text.yaml", new FileInfo(repo.PathOf("link")).LinkTarget);
        Assert.False(File.Exists(repo.PathOf("gone.txt")));
    }

    [Fact]
    public void Git_history_is_written_commit_by_commit()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("app.yaml", "replicas: 1\n")
            .Commit("first")
            .File("app.yaml", "replicas: 2\n")
            .Commit("second")
            .Build();

        Assert.Equal(2, repo.Commits.Count);
        Assert.Equal("replicas: 1\n", repo.Git("show", $"{repo.Commits[0]}:app.yaml"));
        Assert.Equal("second\nfirst\n", repo.Git("log", "--format=%s"));
    }

    [Fact]
    public void The_folder_is_deleted_on_dispose()
    {
        var repo = new RepositoryBuilder().File("a", "b").Build();
        var root = repo.Root;

        repo.Dispose();

        Assert.False(Directory.Exists(root));
    }
}
