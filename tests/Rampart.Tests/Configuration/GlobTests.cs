using Rampart.Configuration;

namespace Rampart.Tests.Configuration;

public sealed class GlobTests
{
    [Theory]
    [InlineData("apps/**", "apps/shop/deployment.yaml", true)]
    [InlineData("apps/**", "infra/apps/x.yaml", false)]
    [InlineData("apps/*", "apps/x.yaml", true)]
    [InlineData("apps/*", "apps/shop/x.yaml", false)]
    [InlineData("apps/", "apps/shop/x.yaml", true)]
    [InlineData("*.yaml", "deep/down/x.yaml", true)]
    [InlineData("*.yaml", "x.yml", false)]
    [InlineData("**/rbac/*.yaml", "rbac/a.yaml", true)]
    [InlineData("**/rbac/*.yaml", "infra/team/rbac/a.yaml", true)]
    [InlineData("/infra/*.yaml", "infra/a.yaml", true)]
    [InlineData("a?c", "x/abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("x.yaml", "deep/x.yaml", true)]
    [InlineData("x.yaml", "foox.yaml", false)]
    [InlineData("a/**/b.yaml", "a/b.yaml", true)]
    [InlineData("a/**/b.yaml", "a/xb.yaml", false)]
    [InlineData("a**b", "a/x/b", true)]
    public void Path_globs_match_like_gitignore_style_paths(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.ForPath(pattern).IsMatch(path));

    [Theory]
    [InlineData("RMP-K8S-*", "RMP-K8S-012", true)]
    [InlineData("RMP-K8S-*", "RMP-LOAD-001", false)]
    [InlineData("KSV-00?7", "KSV-0017", true)]
    [InlineData("*", "anything/with/slashes", true)]
    public void Name_globs_let_star_match_anything(string pattern, string name, bool expected) =>
        Assert.Equal(expected, Glob.ForName(pattern).IsMatch(name));

    [Fact]
    public void A_hostile_pattern_does_not_backtrack()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 200)) + "b";
        var input = new string('a', 20_000);

        // Exponential backtracking would never finish; the position-set matcher is linear in the input.
        Assert.False(Glob.ForName(pattern).IsMatch(input));
    }
}
