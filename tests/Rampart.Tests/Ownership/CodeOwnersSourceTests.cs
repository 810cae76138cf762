using Rampart.Configuration;
using Rampart.Ownership;
using Rampart.Testing;

namespace Rampart.Tests.Ownership;

public sealed class CodeOwnersSourceTests
{
    /// <summary>CODEOWNERS text whose invalid owner would be quoted in a finding if the file were read.</summary>
    private const string Quotable = "* LEAKED_MARKER\n";

    [Fact]
    public void A_codeowners_file_linked_out_of_the_repository_is_a_finding_and_is_not_read()
    {
        using var outside = new OutsideFolder();
        var target = outside.File("CODEOWNERS", Quotable);
        using var repo = new RepositoryBuilder().Symlink(".github/CODEOWNERS", target).Build();

        var source = CodeOwnersSource.Locate(repo.Root, RampartConfig.Default)!;

        var finding = Assert.Single(source.Problems());
        Assert.Equal(CodeOwnersSource.InvalidLine.Id, finding.RuleId);
        Assert.Equal(".github/CODEOWNERS", finding.Location.Path);
        Assert.StartsWith("'.github/CODEOWNERS' is a symbolic link to '", finding.Message, StringComparison.Ordinal);
        Assert.Contains("outside the repository; not read", finding.Message, StringComparison.Ordinal);
        Assert.Empty(source.File.Rules);
        Assert.DoesNotContain("LEAKED_MARKER", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_codeowners_path_linked_to_a_fifo_outside_is_never_opened()
    {
        using var outside = new OutsideFolder();
        var fifo = outside.Fifo("pipe", Quotable);
        using var repo = new RepositoryBuilder().Symlink("owners/CODEOWNERS", fifo.Path).Build();

        var source = CodeOwnersSource.Locate(repo.Root, RampartConfig.Default with { CodeOwners = "owners/CODEOWNERS" })!;

        var finding = Assert.Single(source.Problems());
        Assert.Contains("outside the repository; not read", finding.Message, StringComparison.Ordinal);
        Assert.False(fifo.Opened);
    }

    [Theory]
    [InlineData("/proc/self/environ", "is an absolute path")]
    [InlineData("../../../../../../proc/self/environ", "leads outside the repository")]
    public void A_configured_codeowners_path_outside_is_refused_even_without_the_configuration_check(string path, string reason)
    {
        using var repo = new RepositoryBuilder().Build();

        var source = CodeOwnersSource.Locate(repo.Root, RampartConfig.Default with { CodeOwners = path })!;

        var finding = Assert.Single(source.Problems());
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("; not read", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_codeowners_of_the_work_tree_top_is_refused_when_it_links_outside()
    {
        using var outside = new OutsideFolder();
        var target = outside.File("CODEOWNERS", Quotable);
        using var repo = new RepositoryBuilder().Folder(".git").Folder("deploy").Symlink("CODEOWNERS", target).Build();

        var source = CodeOwnersSource.Locate(repo.PathOf("deploy"), RampartConfig.Default)!;

        var finding = Assert.Single(source.Problems());
        Assert.Equal("../CODEOWNERS", finding.Location.Path);
        Assert.Contains("outside the repository; not read", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_codeowners_file_inside_the_repository_is_followed()
    {
        using var repo = new RepositoryBuilder()
            .File("meta/owners.txt", "* @acme/platform\n")
            .Symlink(".github/CODEOWNERS", "../meta/owners.txt")
            .Build();

        var source = CodeOwnersSource.Locate(repo.Root, RampartConfig.Default)!;

        Assert.Empty(source.Problems());
        Assert.Equal(["@acme/platform"], source.OwnersOf("deploy/app.yaml"));
    }
}
