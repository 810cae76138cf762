using Rampart.Dependencies.Versions;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>
/// The comparison vectors of the shared corpus (vuln/version-compare: lines <c>A &lt; B</c>, <c>A = B</c>,
/// <c>A &gt; B</c>; <c>#</c> and <c>//</c> comments), one test per file, each pair checked both ways. Files of
/// ecosystems without an order here: cran, hackage, pub, redhat.
/// </summary>
public sealed class VersionCompareCorpusTests
{
    public static readonly TheoryData<string, string> Files = new()
    {
        { "semver-versions.txt", "npm" },
        { "semver-versions.txt", "Go" },
        { "semver-versions.txt", "crates.io" },
        { "pypi-versions.txt", "PyPI" },
        { "pypi-versions-generated.txt", "PyPI" },
        { "maven-versions.txt", "Maven" },
        { "maven-versions-generated.txt", "Maven" },
        { "nuget-versions.txt", "NuGet" },
        { "rubygems-versions.txt", "RubyGems" },
        { "rubygems-versions-generated.txt", "RubyGems" },
        { "packagist-versions.txt", "Packagist" },
        { "packagist-versions-generated.txt", "Packagist" },
        { "debian-versions.txt", "Debian" },
        { "debian-versions-generated.txt", "Debian" },
        { "alpine-versions.txt", "Alpine" },
        { "alpine-versions-generated.txt", "Alpine" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_vector_of_the_file_agrees_both_ways(string file, string ecosystem)
    {
        var path = RepositoryPaths.CorpusFolder("vuln/version-compare/" + file);
        var order = VersionOrders.For(ecosystem);
        Assert.NotNull(order);
        var failures = new List<string>();
        var checkedPairs = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("// ", StringComparison.Ordinal))
            {
                continue;
            }

            var pieces = line.Split(' ');
            Assert.True(pieces.Length == 3, $"{file}: '{line}' is not 'A op B'");
            var expected = pieces[1] switch
            {
                "<" => -1,
                "=" => 0,
                ">" => 1,
                _ => throw new InvalidOperationException($"{file}: unknown operator in '{line}'"),
            };
            checkedPairs++;
            var forward = Math.Sign(order.Compare(pieces[0], pieces[2]));
            var backward = Math.Sign(order.Compare(pieces[2], pieces[0]));
            if (forward != expected || backward != -expected)
            {
                failures.Add($"{line}: got {forward} and {backward} the other way");
            }
        }

        Assert.True(checkedPairs > 0, $"{file} holds no vectors");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedPairs} disagree in {file}:\n" + string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [InlineData("cran-versions.txt")]
    [InlineData("hackage-versions.txt")]
    [InlineData("pub-versions.txt")]
    [InlineData("redhat-versions.txt")]
    public void Files_of_ecosystems_without_an_order_are_known(string file)
    {
        var ecosystem = file.Split('-')[0];
        Assert.Null(VersionOrders.For(ecosystem));
        Assert.True(File.Exists(RepositoryPaths.CorpusFolder("vuln/version-compare/" + file)));
    }
}
