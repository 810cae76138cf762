using Rampart.Testing;

namespace Rampart.Tests.Rendering.Helm;

public sealed class HelmDifferencesDocumentTests
{
    [Fact]
    public void Every_known_Helm_difference_is_listed_in_the_conformance_page()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "conformance.md"));
        var section = page[page.IndexOf("## Helm template engine", StringComparison.Ordinal)..];
        var missing = HelmKnownDifferences.Cases.Keys.Concat(HelmKnownDifferences.Goldens.Keys)
            .Where(id => !section.Contains('`' + id + '`', StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "not listed in docs/conformance.md: " + string.Join(", ", missing));
    }
}
