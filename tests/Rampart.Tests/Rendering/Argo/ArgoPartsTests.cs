using Rampart.Rendering.Argo;

namespace Rampart.Tests.Rendering.Argo;

/// <summary>How Argo CD's small syntaxes are read: image overrides and include/exclude globs.</summary>
public sealed class ArgoPartsTests
{
    [Theory]
    [InlineData("nginx=registry.example.com/nginx:1.27", "nginx", "registry.example.com/nginx", "1.27", null)]
    [InlineData("nginx:1.27", "nginx", null, "1.27", null)]
    [InlineData("nginx@sha256:abc", "nginx", null, null, "sha256:abc")]
    [InlineData("old=registry:5000/team/new", "old", "registry:5000/team/new", null, null)]
    [InlineData("registry:5000/team/app:v2", "registry:5000/team/app", null, "v2", null)]
    public void Kustomize_image_override_is_read_as_kustomize_edit_set_image_reads_it(string text, string name, string? newName, string? tag, string? digest) =>
        Assert.Equal(new ArgoKustomizeImage(name, newName, tag, digest), ArgoKustomizeImage.Parse(text));

    [Theory]
    [InlineData("{*.yaml,extra/*.yml}", "a/b/c.yaml", true)]
    [InlineData("{*.yaml,extra/*.yml}", "extra/x.yml", true)]
    [InlineData("{*.yaml,extra/*.yml}", "other/x.yml", false)]
    [InlineData("config.json", "config.json", true)]
    [InlineData("config.json", "sub/config.json", false)]
    [InlineData("{a,b{c,d}}.yaml", "bd.yaml", true)]
    [InlineData("[!x]*.yaml", "x.yaml", false)]
    public void Include_and_exclude_globs_cross_folders_and_expand_braces(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new ArgoGlob(pattern).IsMatch(path));
}
