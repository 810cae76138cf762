using Rampart.Testing;
using Rampart.Ownership.CodeOwners;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Ownership.CodeOwners;

public sealed class CodeOwnersFileTests
{
    [Fact]
    public void GitHub_skips_invalid_lines_and_names_each_with_its_line()
    {
        var file = CodeOwnersFile.Parse(
            "# owners\n* @platform\n!generated/ @bots\n\\#weird @a\nsrc/*.[ch] @c-team\napps/ platform-team\n/apps/web/ @org/web # web team\n",
            ".github/CODEOWNERS", CodeOwnersFlavor.GitHub);

        Assert.Equal([2, 7], file.Rules.Select(r => r.Line));
        Assert.Equal([3, 4, 5, 6], file.Problems.Select(p => p.Line));
        Assert.All(file.Problems, p => Assert.True(p.Skipped));
        Assert.Contains("platform-team", file.Problems[3].Message, StringComparison.Ordinal);
        Assert.Equal(7, file.Problems[3].Column);
        Assert.Equal(["@org/web"], file.OwnersFor("apps/web/index.js").Owners);
        Assert.Equal(["@platform"], file.OwnersFor("apps/api/main.go").Owners);
    }

    [Fact]
    public void GitHub_last_matching_line_wins_and_owners_are_not_merged()
    {
        var file = CodeOwnersFile.Parse("*.yaml @yaml\nclusters/ @platform\nclusters/prod/secrets.yaml\n", "CODEOWNERS", CodeOwnersFlavor.GitHub);

        var secrets = file.OwnersFor("clusters/prod/secrets.yaml");
        Assert.True(secrets.Matched);
        Assert.True(secrets.Unowned);
        Assert.Equal(3, secrets.Sections.Single().Rule.Line);
        Assert.Equal(["@platform"], file.OwnersFor("./clusters/dev/app.yaml").Owners);
        Assert.False(file.OwnersFor("README.md").Matched);
    }

    [Fact]
    public void GitLab_keeps_lines_with_malformed_owners_and_reports_them()
    {
        var file = CodeOwnersFile.Parse("docs/ @docs writers @@maintainers\nREADME.md\n", "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Equal(["@docs", "@@maintainers"], file.OwnersFor("docs/a.md").Owners);
        Assert.Equal([1, 2], file.Problems.Select(p => p.Line));
        Assert.Contains("'writers'", file.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no owners", file.Problems[1].Message, StringComparison.Ordinal);
        Assert.True(file.OwnersFor("README.md").Matched);
        Assert.True(file.OwnersFor("README.md").Unowned);
    }

    [Fact]
    public void GitLab_replaces_a_repeated_pattern_in_place_like_a_ruby_hash()
    {
        // The repeated 'docs/' keeps its first position, so the later '*.md' line still wins for Markdown files.
        var file = CodeOwnersFile.Parse("docs/ @first\n*.md @markdown\ndocs/ @second\n", "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Equal(["@markdown"], file.OwnersFor("docs/index.md").Owners);
        Assert.Equal(["@second"], file.OwnersFor("docs/image.png").Owners);
        Assert.Equal([1, 2, 3], file.Rules.Select(r => r.Line));
        Assert.Equal([3, 2], file.Sections.Single().Rules.Select(r => r.Line));
    }

    [Fact]
    public void GitLab_section_headers_read_approvals_optional_marks_and_default_owners()
    {
        var file = CodeOwnersFile.Parse("[Zero][0] @a\n*.a\n^[Opt][2] @b\n*.b\n[Bad][x] @c bad-owner\n*.c\n", "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Equal([("Zero", 1, false), ("Opt", 2, true), ("Bad", 1, false)], file.Sections.Select(s => (s.Name, s.Approvals, s.Optional)));
        Assert.Equal(["@c"], file.Sections[2].DefaultOwners.Select(o => o.Text));
        Assert.Equal([3, 5, 5], file.Problems.Select(p => p.Line));
        Assert.Equal(0, file.OwnersFor("x.b").RequiredApprovals);
        Assert.Equal(1, file.OwnersFor("x.c").RequiredApprovals);
    }

    [Theory]
    [InlineData("* @a\n", ".gitlab/CODEOWNERS", CodeOwnersFlavor.GitLab)]
    [InlineData("* @a\n[Docs]\ndocs/ @d\n", "CODEOWNERS", CodeOwnersFlavor.GitLab)]
    [InlineData("* @a\n^[Docs] @d\n", "docs/CODEOWNERS", CodeOwnersFlavor.GitLab)]
    [InlineData("* @a\n/apps/[id]/ @b\n", ".github/CODEOWNERS", CodeOwnersFlavor.GitHub)]
    [InlineData("* @a\n", "CODEOWNERS", CodeOwnersFlavor.GitHub)]
    public void The_flavour_is_detected_from_sections_and_the_gitlab_folder(string text, string source, CodeOwnersFlavor expected) =>
        Assert.Equal(expected, CodeOwnersFile.Parse(text, source).Flavor);

    [Fact]
    public void Each_platform_looks_in_its_own_places_and_passes_over_a_folder_named_CODEOWNERS()
    {
        using var repo = new RepositoryBuilder()
            .Folder(".github/CODEOWNERS")
            .File(".gitlab/CODEOWNERS", "[Docs]\ndocs/ @docs\n")
            .File("docs/CODEOWNERS", "* @from-docs\n")
            .Build();

        Assert.Equal("docs/CODEOWNERS", CodeOwnersFile.Find(repo.Root)!.SourcePath);
        Assert.Equal("docs/CODEOWNERS", CodeOwnersFile.Find(repo.Root, CodeOwnersFlavor.GitHub)!.SourcePath);
        File.Delete(repo.PathOf("docs/CODEOWNERS"));
        Assert.Null(CodeOwnersFile.Find(repo.Root, CodeOwnersFlavor.GitHub));
        var gitLab = CodeOwnersFile.Find(repo.Root);
        Assert.Equal((".gitlab/CODEOWNERS", CodeOwnersFlavor.GitLab), (gitLab!.SourcePath, gitLab.Flavor));
    }

    [Fact]
    public void A_file_over_the_size_limit_gives_no_rules_and_says_why()
    {
        using var repo = new RepositoryBuilder().File("CODEOWNERS", "* @a\n" + new string('#', (int)CodeOwnersFile.MaxBytes)).Build();

        var file = CodeOwnersFile.Find(repo.Root)!;

        Assert.Empty(file.Rules);
        Assert.Contains("over the", Assert.Single(file.Problems).Message, StringComparison.Ordinal);
        Assert.False(file.OwnersFor("a").Matched);
    }

    [Fact]
    public void A_link_to_an_endless_device_is_refused_unread()
    {
        using var repo = new RepositoryBuilder().Build();
        File.CreateSymbolicLink(repo.PathOf("CODEOWNERS"), "/dev/zero");

        var file = CodeOwnersFile.Find(repo.Root)!;

        Assert.Empty(file.Rules);
        Assert.Contains("outside the repository; not read", Assert.Single(file.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_files_parse_without_throwing()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"dir{i}/**/*.[a-{(char)('a' + (i % 7))}] @team{i} \\\n"))
            + new string('[', 10_000) + " @x\n" + "\0\u0001 \uFFFF @@@ a@@b\n";

        var gitHub = CodeOwnersFile.Parse(text, "CODEOWNERS", CodeOwnersFlavor.GitHub);
        var gitLab = CodeOwnersFile.Parse(text, "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Equal(50_002, gitHub.Problems.Select(p => p.Line).Distinct().Count());
        Assert.False(gitLab.OwnersFor("dir9/x/y.z").Matched);
        Assert.Equal(["@team3"], gitLab.OwnersFor("dir3/x/y.a").Owners);
    }
}
