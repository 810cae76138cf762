using Rampart.Configuration;
using Rampart.Testing;

namespace Rampart.Tests.Configuration;

public sealed class RepositoryPathTests
{
    [Fact]
    public void A_path_inside_resolves_to_its_real_file()
    {
        using var repo = new RepositoryBuilder().File("docs/CODEOWNERS", "* @a\n").Build();

        var result = RepositoryPath.Resolve(repo.Root, "docs/./CODEOWNERS");

        Assert.Null(result.Refusal);
        Assert.Equal(File.ReadAllText(repo.PathOf("docs/CODEOWNERS")), File.ReadAllText(result.FullPath!));
    }

    [Theory]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("/proc/self/environ", "is an absolute path")]
    [InlineData("../x", "leads outside the repository")]
    [InlineData("docs/../../x", "leads outside the repository")]
    public void A_path_written_outside_is_refused(string path, string reason)
    {
        using var repo = new RepositoryBuilder().File("docs/a", "").Build();

        var result = RepositoryPath.Resolve(repo.Root, path);

        Assert.Null(result.FullPath);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_dot_that_stays_inside_is_followed()
    {
        using var repo = new RepositoryBuilder().File("b", "b").Folder("a").Build();

        var result = RepositoryPath.Resolve(repo.Root, "a/../b");

        Assert.Equal("b", File.ReadAllText(result.FullPath!));
    }

    [Fact]
    public void A_link_to_an_absolute_path_outside_is_refused_and_named()
    {
        using var outside = new OutsideFolder();
        var secret = outside.File("environ", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder().Symlink(".github/CODEOWNERS", secret).Build();

        var result = RepositoryPath.Resolve(repo.Root, ".github/CODEOWNERS");

        Assert.Null(result.FullPath);
        Assert.StartsWith("'.github/CODEOWNERS' is a symbolic link to '", result.Refusal, StringComparison.Ordinal);
        Assert.EndsWith("outside the repository", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_link_in_the_middle_of_the_path_that_leaves_is_refused()
    {
        using var outside = new OutsideFolder();
        outside.File("CODEOWNERS", "* @evil\n");
        using var repo = new RepositoryBuilder().Symlink("owners", outside.Root).Build();

        var result = RepositoryPath.Resolve(repo.Root, "owners/CODEOWNERS");

        Assert.Null(result.FullPath);
        Assert.StartsWith("'owners' is a symbolic link", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_is_refused()
    {
        using var outside = new OutsideFolder();
        outside.File("secret", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder().Symlink("deep/er/link", $"../../../{Path.GetFileName(outside.Root)}/secret").Build();

        var result = RepositoryPath.Resolve(repo.Root, "deep/er/link");

        Assert.Null(result.FullPath);
        Assert.NotNull(result.Refusal);
    }

    [Fact]
    public void A_chain_of_links_is_refused_when_its_last_step_leaves()
    {
        using var outside = new OutsideFolder();
        var secret = outside.File("secret", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder().Symlink("first", "second").Symlink("second", "dir/third").Symlink("dir/third", secret).Build();

        var result = RepositoryPath.Resolve(repo.Root, "first");

        Assert.Null(result.FullPath);
        Assert.StartsWith("'dir/third' is a symbolic link", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_that_stay_inside_resolve_to_their_target()
    {
        using var repo = new RepositoryBuilder()
            .File("real/CODEOWNERS", "* @inside\n")
            .Symlink("owners", "real")
            .Symlink("top", "owners/CODEOWNERS")
            .Build();
        File.CreateSymbolicLink(repo.PathOf("absolute"), Path.Combine(RepositoryPath.Resolve(repo.Root, "real").FullPath!, "CODEOWNERS"));

        Assert.Equal("* @inside\n", File.ReadAllText(RepositoryPath.Resolve(repo.Root, "top").FullPath!));
        Assert.Equal("* @inside\n", File.ReadAllText(RepositoryPath.Resolve(repo.Root, "absolute").FullPath!));
    }

    [Fact]
    public void A_root_given_through_a_link_is_walked_from_its_real_path()
    {
        using var repo = new RepositoryBuilder().File("real/file", "ok").Build();
        using var outside = new OutsideFolder();
        var alias = Path.Combine(outside.Root, "alias");
        Directory.CreateSymbolicLink(alias, repo.PathOf("real"));

        Assert.Equal("ok", File.ReadAllText(RepositoryPath.Resolve(alias, "file").FullPath!));
    }

    [Fact]
    public void An_absolute_link_that_names_the_root_by_another_path_is_refused()
    {
        using var repo = new RepositoryBuilder().File("real/file", "ok").Build();
        using var outside = new OutsideFolder();
        var alias = Path.Combine(outside.Root, "alias");
        Directory.CreateSymbolicLink(alias, repo.PathOf("real"));
        File.CreateSymbolicLink(repo.PathOf("real/link"), Path.Combine(alias, "file"));

        // Only real paths are compared: the alias lies outside, and the walk does not step out to look behind it.
        Assert.NotNull(RepositoryPath.Resolve(repo.PathOf("real"), "link").Refusal);
    }

    [Fact]
    public void A_cycle_of_links_is_refused()
    {
        using var repo = new RepositoryBuilder().Symlink("a", "b").Symlink("b", "a").Build();

        var result = RepositoryPath.Resolve(repo.Root, "a");

        Assert.Contains($"more than {RepositoryPath.MaxLinks} symbolic links", result.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no/such/file")]
    [InlineData("dangling")]
    [InlineData("file/below/a/file")]
    public void A_path_to_nothing_is_not_refused_and_names_no_file(string path)
    {
        using var repo = new RepositoryBuilder().Symlink("dangling", "nowhere/file").File("file", "").Build();

        var result = RepositoryPath.Resolve(repo.Root, path);

        Assert.Null(result.Refusal);
        Assert.False(File.Exists(result.FullPath) || Directory.Exists(result.FullPath));
    }

    [Fact]
    public void A_link_leaving_from_deep_in_a_folder_is_found_even_through_a_link_to_another_folder()
    {
        using var outside = new OutsideFolder();
        var secret = outside.File("policy.yaml", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder()
            .File("policies/ok.yaml", "")
            .Symlink("policies/shared", "../elsewhere")
            .File("elsewhere/fine.yaml", "")
            .Symlink("elsewhere/nested/bad.yaml", secret)
            .File("clean/a.yaml", "")
            .Symlink("clean/b.yaml", "a.yaml")
            .Build();

        var refusal = RepositoryPath.LinkLeaving(repo.Root, RepositoryPath.Resolve(repo.Root, "policies").FullPath!);

        Assert.StartsWith("'elsewhere/nested/bad.yaml' is a symbolic link", refusal, StringComparison.Ordinal);
        Assert.Null(RepositoryPath.LinkLeaving(repo.Root, RepositoryPath.Resolve(repo.Root, "clean").FullPath!));
    }
}
