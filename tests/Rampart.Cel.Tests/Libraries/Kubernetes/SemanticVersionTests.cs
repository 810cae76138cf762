using Rampart.Cel.Libraries.Kubernetes;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class SemanticVersionTests
{
    private static SemanticVersion V(string text, bool normalize = false)
    {
        var (version, error) = SemanticVersion.Parse(text, normalize);
        Assert.True(version is not null, error);
        return version!;
    }

    [Theory]
    [InlineData("1.0.0", "1.0.0")]
    [InlineData("0.1.0-alpha.1", "0.1.0-alpha.1")]
    [InlineData("1.2.3-rc.1+build.5", "1.2.3-rc.1+build.5")]
    public void Valid_version_parses_and_prints(string text, string expected)
    {
        Assert.Equal(expected, V(text).ToString());
    }

    [Theory]
    [InlineData("v1.0.0", "1.0.0")]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1", "1.0.0")]
    [InlineData("01.01.01", "1.1.1")]
    [InlineData("v1.02.3-beta", "1.2.3-beta")]
    public void Normalisation_removes_v_fills_parts_and_drops_leading_zeros(string text, string expected)
    {
        Assert.Equal(expected, V(text, normalize: true).ToString());
    }

    [Theory]
    [InlineData("", false, "Version string empty")]
    [InlineData("1.0", false, "No Major.Minor.Patch elements found")]
    [InlineData("v1.0.0", false, "Invalid character(s) found in major number \"v1\"")]
    [InlineData("01.0.0", false, "Major number must not contain leading zeroes \"01\"")]
    [InlineData("1.01.0", false, "Minor number must not contain leading zeroes \"01\"")]
    [InlineData("1.0.0-01", false, "Numeric PreRelease version must not contain leading zeroes \"01\"")]
    [InlineData("1.0.0-", false, "Prerelease is empty")]
    [InlineData("1.0.0+", false, "Build meta data is empty")]
    [InlineData("1.0.0-a_b", false, "Invalid character(s) found in prerelease \"a_b\"")]
    [InlineData("1.0-alpha", true, "short version cannot contain PreRelease/Build meta data")]
    [InlineData("hello", false, "No Major.Minor.Patch elements found")]
    public void Invalid_version_reports_the_semver_library_message(string text, bool normalize, string message)
    {
        var (version, error) = SemanticVersion.Parse(text, normalize);
        Assert.Null(version);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Precedence_follows_semver_two()
    {
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"];
        for (var i = 0; i < ordered.Length - 1; i++)
        {
            Assert.True(V(ordered[i]).CompareTo(V(ordered[i + 1])) < 0, $"{ordered[i]} < {ordered[i + 1]}");
            Assert.True(V(ordered[i + 1]).CompareTo(V(ordered[i])) > 0, $"{ordered[i + 1]} > {ordered[i]}");
        }
    }

    [Fact]
    public void Build_metadata_does_not_affect_equality()
    {
        Assert.Equal(V("1.0.0+a"), V("1.0.0+b"));
        Assert.Equal(0, V("1.2.3").CompareTo(V("1.2.3")));
    }
}
