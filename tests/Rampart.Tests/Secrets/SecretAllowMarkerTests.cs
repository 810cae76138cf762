using System.Text;
using Rampart.Secrets;
using static Rampart.Tests.Secrets.SecretScans;

namespace Rampart.Tests.Secrets;

public sealed class SecretAllowMarkerTests
{
    private static LocatedSecret Only(string text)
    {
        var found = new List<LocatedSecret>();
        var bytes = Encoding.UTF8.GetBytes(text);
        SecretLines.Scan(SecretScanner.Default, bytes, bytes.Length, 1, found);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("token = {0}  # rampart:allow")]
    [InlineData("token = {0}  # pragma: allowlist secret")]
    [InlineData("token = {0}  // gitleaks:allow")]
    public void Rampart_and_other_scanners_inline_markers_silence_the_line(string line) =>
        Assert.True(Only(string.Format(System.Globalization.CultureInfo.InvariantCulture, line, GitHubToken)).Allowed);

    [Fact]
    public void A_marker_on_another_line_does_not_silence_a_secret() =>
        Assert.False(Only($"# pragma: allowlist secret\ntoken = {GitHubToken}\n").Allowed);
}
