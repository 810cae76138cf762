using Rampart.Templates;
using Rampart.Templates.Functions;

namespace Rampart.Rendering.Charts;

/// <summary>
/// Picks a chart version as Helm does: the exact version when it is listed, otherwise the newest that satisfies the
/// SemVer range (Masterminds' constraints: <c>^1.2</c>, <c>~1.2.3</c>, <c>&gt;=1.0 &lt;2.0</c>, <c>1.x</c>);
/// no version means the newest stable release. Versions that are not SemVer are only ever matched exactly.
/// </summary>
internal static class ChartVersions
{
    public static string? Pick(IEnumerable<string> available, string? versionOrRange)
    {
        var versions = available.Distinct(StringComparer.Ordinal).ToList();
        var wanted = string.IsNullOrWhiteSpace(versionOrRange) ? "" : versionOrRange.Trim();
        if (wanted.Length > 0 && versions.Contains(wanted))
        {
            return wanted;
        }

        var constraint = wanted.Length == 0 || wanted == "latest" ? ">=0.0.0" : wanted;
        SemVersion? best = null;
        string? bestText = null;
        foreach (var text in versions)
        {
            if (SemVersion.Parse(text) is { } version && Satisfies(constraint, version) && (best is null || version.CompareTo(best) > 0))
            {
                best = version;
                bestText = text;
            }
        }

        return bestText;
    }

    private static bool Satisfies(string constraint, SemVersion version)
    {
        try
        {
            return SemConstraint.Check(constraint, version);
        }
        catch (TemplateFunctionException)
        {
            return false;
        }
    }
}
