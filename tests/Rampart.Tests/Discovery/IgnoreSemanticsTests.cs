using Rampart.Testing;
using Rampart.Discovery;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Discovery;

/// <summary>How .gitignore lines are read and which line decides, checked path by path.</summary>
public sealed class IgnoreSemanticsTests
{
    [Theory]
    [InlineData("build/", "build", true, true)]
    [InlineData("build/", "build", false, false)]
    [InlineData("build/", "src/build", true, true)]
    [InlineData("/build", "build", false, true)]
    [InlineData("/build", "src/build", false, false)]
    [InlineData("doc/frotz", "doc/frotz", false, true)]
    [InlineData("doc/frotz", "a/doc/frotz", false, false)]
    [InlineData("doc/frotz/", "doc/frotz", true, true)]
    [InlineData("frotz/", "a/frotz", true, true)]
    [InlineData("*.log", "deep/er/x.log", false, true)]
    [InlineData("a/*.log", "a/b/x.log", false, false)]
    [InlineData("**/logs", "x/y/logs", true, true)]
    [InlineData("logs/**", "logs/a/b", false, true)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    public void Slashes_anchor_and_trailing_slash_means_folder(string line, string path, bool isFolder, bool excluded)
    {
        var rules = RulesOf(line);

        Assert.Equal(excluded, rules.IsExcluded(path, isFolder));
    }

    [Fact]
    public void A_later_line_overrides_an_earlier_one()
    {
        var rules = RulesOf("*.yaml", "!keep.yaml", "keep.yaml");

        Assert.True(rules.IsExcluded("keep.yaml", false));
        Assert.False(RulesOf("*.yaml", "!keep.yaml").IsExcluded("keep.yaml", false));
    }

    [Theory]
    [InlineData("\\#notes", "#notes", true)]
    [InlineData("#notes", "#notes", false)]
    [InlineData("\\!important", "!important", true)]
    [InlineData("trailing   ", "trailing", true)]
    [InlineData("trailing\\ ", "trailing ", true)]
    [InlineData("trailing\\ ", "trailing", false)]
    [InlineData("tab\t", "tab\t", true)]
    [InlineData(" lead", " lead", true)]
    [InlineData(" lead", "lead", false)]
    public void Escapes_comments_and_spaces_are_read_as_git_reads_them(string line, string path, bool excluded) =>
        Assert.Equal(excluded, RulesOf(line).IsExcluded(path, false));

    [Fact]
    public void Carriage_returns_and_a_byte_order_mark_are_not_part_of_patterns()
    {
        var file = IgnoreFile.Parse("\uFEFF*.tmp\r\n\r\n# comment\r\nbuild/\r\n", ".gitignore", "");

        Assert.Equal(["*.tmp", "build/"], file.Patterns.Select(p => p.Text));
        Assert.Equal([1, 4], file.Patterns.Select(p => p.Line));
    }

    [Fact]
    public void A_file_cannot_be_re_included_under_an_excluded_folder()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("vendor/", "!vendor/keep.yaml")
            .File("vendor/keep.yaml", "a: 1\n")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);

        var decision = ignores.Check("vendor/keep.yaml", isFolder: false);

        Assert.True(decision.Excluded);
        Assert.Equal("vendor", decision.ExcludedFolder);
        Assert.Equal("vendor/", decision.Pattern!.Text);
    }

    [Fact]
    public void Contents_can_be_re_included_when_only_the_contents_are_excluded()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("vendor/*", "!vendor/keep.yaml")
            .File("vendor/keep.yaml", "a: 1\n")
            .File("vendor/drop.yaml", "a: 1\n")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);

        Assert.False(ignores.Check("vendor/keep.yaml", false).Excluded);
        Assert.True(ignores.Check("vendor/drop.yaml", false).Excluded);
    }

    [Fact]
    public void A_nested_gitignore_applies_to_its_folder_and_beats_the_parent()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("*.yaml")
            .GitIgnoreIn("deploy", "!*.yaml", "/local.yaml")
            .File("deploy/app.yaml", "")
            .File("deploy/local.yaml", "")
            .File("deploy/sub/local.yaml", "")
            .File("other/app.yaml", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);

        Assert.False(ignores.Check("deploy/app.yaml", false).Excluded);
        Assert.True(ignores.Check("deploy/local.yaml", false).Excluded);
        Assert.False(ignores.Check("deploy/sub/local.yaml", false).Excluded);
        Assert.True(ignores.Check("other/app.yaml", false).Excluded);
        Assert.Equal("deploy/.gitignore", ignores.Check("deploy/local.yaml", false).Pattern!.Source);
    }

    [Fact]
    public void Info_exclude_applies_below_every_gitignore()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File(".git/info/exclude", "*.secret\nnotes.txt\n")
            .GitIgnore("!notes.txt")
            .File("a.secret", "")
            .File("notes.txt", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);

        Assert.True(ignores.Check("a.secret", false).Excluded);
        Assert.False(ignores.Check("notes.txt", false).Excluded);
    }

    [Fact]
    public void Rampartignore_applies_on_top_of_gitignore_and_can_re_include()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("rendered/", "*.tmp")
            .RampartIgnore("!rendered/", "docs/")
            .File("rendered/all.yaml", "")
            .File("docs/example.yaml", "")
            .File("x.tmp", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);

        Assert.False(ignores.Check("rendered/all.yaml", false).Excluded);
        Assert.True(ignores.Check("docs/example.yaml", false).Excluded);
        Assert.True(ignores.Check("x.tmp", false).Excluded);
    }

    [Fact]
    public void Gitignore_can_be_switched_off_while_rampartignore_stays()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("*.yaml")
            .RampartIgnore("skip.yaml")
            .File("a.yaml", "")
            .File("skip.yaml", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default with { UseGitIgnore = false });

        Assert.False(ignores.Check("a.yaml", false).Excluded);
        Assert.True(ignores.Check("skip.yaml", false).Excluded);
    }

    [Fact]
    public void Gitignore_files_above_the_scan_root_apply_inside_a_work_tree()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .GitIgnore("*.generated.yaml", "clusters/prod/local/")
            .File("clusters/prod/app.generated.yaml", "")
            .File("clusters/prod/app.yaml", "")
            .File("clusters/prod/local/x.yaml", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.PathOf("clusters/prod"), DiscoveryOptions.Default);

        Assert.Equal("clusters/prod/", ignores.Prefix);
        Assert.True(ignores.Check("app.generated.yaml", false).Excluded);
        Assert.False(ignores.Check("app.yaml", false).Excluded);
        Assert.True(ignores.Check("local/x.yaml", false).Excluded);
    }

    [Fact]
    public void Extra_patterns_from_options_come_before_every_file()
    {
        using var repo = new RepositoryBuilder()
            .GitIgnore("!keep/")
            .File("keep/a.yaml", "")
            .Build();
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default with { IgnorePatterns = ["keep/"] });

        Assert.True(ignores.Check("keep/a.yaml", false).Excluded);
        Assert.Equal("(options)", ignores.Check("keep", true).Pattern!.Source);
    }

    private static IgnoreRules RulesOf(params string[] lines) =>
        IgnoreRules.Empty.WithFolder(IgnoreFile.Parse(string.Join('\n', lines), ".gitignore", ""), null);
}
