using Rampart.Ownership.CodeOwners;

namespace Rampart.Tests.Ownership.CodeOwners;

public sealed class CodeOwnersPatternTests
{
    [Theory]
    [InlineData("deploy", "clusters/prod/deploy/app.yaml", true)]
    [InlineData("deploy", "deploy.yaml", false)]
    [InlineData("/deploy", "clusters/deploy/app.yaml", false)]
    [InlineData("clusters/prod", "clusters/prod/app.yaml", true)]
    [InlineData("clusters/prod", "x/clusters/prod/app.yaml", false)]
    [InlineData("clusters/*", "clusters/prod", true)]
    [InlineData("clusters/*", "clusters/prod/app.yaml", false)]
    [InlineData("clusters/*.yaml", "clusters/a.yaml", true)]
    [InlineData("clusters/*.yaml", "clusters/a.yaml/inner", true)]
    [InlineData("base/", "base", false)]
    [InlineData("base/", "apps/base/kustomization.yaml", true)]
    [InlineData("**/secrets/**", "a/secrets/b/c.yaml", true)]
    [InlineData("**/secrets/**", "secrets", false)]
    [InlineData("*.yaml", "a/b/c.yaml", true)]
    [InlineData("my\\ file.txt", "dir/my file.txt", true)]
    [InlineData("a\\*b", "a*b", true)]
    [InlineData("a\\*b", "axb", false)]
    [InlineData("charts/[web]/", "charts/[web]/values.yaml", true)]
    [InlineData("charts/[web]/", "charts/w/values.yaml", false)]
    public void GitHub_patterns_anchor_own_folders_and_stop_lone_stars_at_one_level(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new GitHubPattern(pattern).IsMatch(path));

    [Theory]
    [InlineData("deploy", "deploy", true)]
    [InlineData("deploy", "deploy/app.yaml", false)]
    [InlineData("deploy/", "deploy/app.yaml", true)]
    [InlineData("deploy/", "a/deploy/b/app.yaml", true)]
    [InlineData("clusters/prod/app.yaml", "legacy/clusters/prod/app.yaml", true)]
    [InlineData("/clusters/prod/app.yaml", "legacy/clusters/prod/app.yaml", false)]
    [InlineData("/docs/**", "docs/a.md", true)]
    [InlineData("/docs/**", "docs/sub/a.md", false)]
    [InlineData("/docs/**/*.md", "docs/a.md", true)]
    [InlineData("/docs/**/*.md", "docs/x/y/a.md", true)]
    [InlineData("*.c[ch]", "src/main.cc", true)]
    [InlineData("*.[!c]", "src/main.h", true)]
    [InlineData("*.[!c]", "src/main.c", false)]
    [InlineData("file[.txt", "file[.txt", false)]
    [InlineData("*", ".gitignore", true)]
    [InlineData("*", "a/.hidden/x", true)]
    [InlineData("config/*.yml", "config/.env.yml", true)]
    [InlineData("path\\ with\\ spaces/", "path with spaces/a.md", true)]
    public void GitLab_patterns_follow_fnmatch_after_gitlab_normalisation(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new GitLabPattern(pattern).IsMatch(path));

    [Theory]
    [InlineData("*", "/**/*")]
    [InlineData("README.md", "/**/README.md")]
    [InlineData("/docs/", "/docs/**/*")]
    [InlineData("docs/", "/**/docs/**/*")]
    [InlineData("\\#notes", "/**/#notes")]
    public void GitLab_patterns_are_normalised_as_gitlab_keys_them(string pattern, string normalized) =>
        Assert.Equal(normalized, GitLabPattern.Normalize(pattern));

    [Fact]
    public void Patterns_built_to_backtrack_finish_and_answer()
    {
        var stars = string.Concat(Enumerable.Repeat("**/a*", 40)) + "b";
        var path = string.Join('/', Enumerable.Repeat("aaaaaaaaaaaaaaaaaaaa", 200));

        Assert.False(new GitHubPattern(stars).IsMatch(path));
        Assert.False(new GitLabPattern(stars).IsMatch(path));
        Assert.False(new GitHubPattern(string.Concat(Enumerable.Repeat("*a", 60)) + "*b").IsMatch(new string('a', 5000)));
    }
}
