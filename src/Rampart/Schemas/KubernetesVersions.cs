using System.Text.RegularExpressions;

namespace Rampart.Schemas;

/// <summary>Kubernetes release numbers as users type them (<c>1.35</c>, <c>v1.35.2</c>).</summary>
public static partial class KubernetesVersions
{
    /// <summary><c>MAJOR.MINOR.PATCH</c> without a leading v (a missing patch is 0), or null when it is not a version.</summary>
    public static string? Normalize(string version)
    {
        var match = VersionPattern().Match(version.Trim());
        if (!match.Success)
        {
            return null;
        }

        var patch = match.Groups[3].Success ? match.Groups[3].Value : "0";
        return $"{match.Groups[1].Value}.{match.Groups[2].Value}.{patch}";
    }

    [GeneratedRegex(@"^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VersionPattern();
}
